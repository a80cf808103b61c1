package org.cooperation.tracker.query.e2e.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One row of the suite's table: what the liaisons were told, what the store and the read
 * model hold, and how long the system took to answer again after the fault.
 *
 * @param scenario the fault injected
 * @param acknowledged reports answered 2xx
 * @param stored progress events in the store for the scenario's reports
 * @param projected history rows on the query side for them
 * @param lost acknowledged reports with no event in the store, plus stored events the
 * read model never showed
 * @param duplicated events beyond the first under one idempotency key, in the store and
 * in the read model, plus read-model rows of events the store does not hold
 * @param refused reports answered with a final 4xx
 * @param unanswered reports still without a final answer when the scenario ended
 * @param unavailable answers 503
 * @param otherServerErrors answers 5xx other than 503
 * @param noAnswer attempts that got no answer at all (process killed, connection refused)
 * @param recovery the longest time from the end of a fault until the system answered 2xx
 * again
 * @param recoveryBounded whether the recovery must stay within 30 seconds: so for a
 * database restart, which the applications must survive by themselves; a killed process'
 * recovery is its JVM's start, which depends on the machine and is only reported
 * @param caughtUp time from the end of the load until the read model held every stored
 * event
 */
record ScenarioFigures(String scenario, int acknowledged, int stored, int projected, int lost, int duplicated,
		int refused, int unanswered, long unavailable, long otherServerErrors, long noAnswer, Duration recovery,
		boolean recoveryBounded, Duration caughtUp) {

	static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);

	static ScenarioFigures of(String scenario, Liaisons liaisons, StoreAndReadModel.Events stored,
			StoreAndReadModel.Events projected, Duration recovery, boolean recoveryBounded, Duration caughtUp) {
		Set<String> acknowledged = notes(liaisons, liaisons.keys(Liaisons.Outcome.ACKNOWLEDGED));
		Set<String> refused = notes(liaisons, liaisons.keys(Liaisons.Outcome.REFUSED));
		int lost = 0;
		int duplicated = 0;
		for (String note : acknowledged) {
			if (stored.count(note) == 0) {
				lost++;
			}
		}
		Set<String> everyNote = new HashSet<>(stored.byNote().keySet());
		everyNote.addAll(projected.byNote().keySet());
		for (String note : everyNote) {
			int inStore = stored.count(note);
			int inReadModel = projected.count(note);
			duplicated += Math.max(0, inStore - 1) + Math.max(0, inReadModel - 1);
			// The read model must hold exactly the store's events: one it misses is lost
			// to
			// every dashboard, one the store does not hold was made up.
			for (String eventId : stored.eventIds(note)) {
				if (!projected.eventIds(note).contains(eventId)) {
					lost++;
				}
			}
			for (String eventId : projected.eventIds(note)) {
				if (!stored.eventIds(note).contains(eventId)) {
					duplicated++;
				}
			}
			if (refused.contains(note) && inStore > 0) {
				// A refused report that was stored anyway is a lie told to the liaison.
				duplicated += inStore;
			}
		}
		Tally tally = liaisons.tally();
		return new ScenarioFigures(scenario, acknowledged.size(), stored.total(), projected.total(), lost, duplicated,
				refused.size(), liaisons.keys(Liaisons.Outcome.UNANSWERED).size(), tally.count(503),
				tally.otherServerErrors(), tally.noAnswers(), recovery, recoveryBounded, caughtUp);
	}

	private static Set<String> notes(Liaisons liaisons, Set<String> keys) {
		Set<String> notes = new HashSet<>();
		keys.forEach((key) -> notes.add(Liaisons.NOTE_PREFIX + key));
		return notes;
	}

	/** What is wrong with this row, if anything; empty when the scenario held. */
	List<String> failures(boolean serverErrorsFail) {
		List<String> failures = new ArrayList<>();
		if (lost > 0) {
			failures.add(scenario + ": " + lost + " acknowledged report(s) lost");
		}
		if (duplicated > 0) {
			failures.add(scenario + ": " + duplicated + " duplicate(s)");
		}
		if (recoveryBounded && recovery.compareTo(RECOVERY_LIMIT) > 0) {
			failures.add(scenario + ": recovery took " + seconds(recovery) + " s, more than "
					+ RECOVERY_LIMIT.toSeconds() + " s");
		}
		if (serverErrorsFail && otherServerErrors > 0) {
			failures.add(scenario + ": " + otherServerErrors + " answer(s) 5xx other than 503");
		}
		return failures;
	}

	/** A table of the rows; a recovery that is only reported is marked with '*'. */
	static String table(List<ScenarioFigures> rows) {
		String format = "%-32s | %5s | %6s | %9s | %4s | %10s | %7s | %10s | %5s | %8s | %9s | %10s | %9s%n";
		StringBuilder table = new StringBuilder();
		table.append(String.format(format, "scenario", "acked", "stored", "projected", "lost", "duplicated", "refused",
				"unanswered", "503", "5xx!=503", "no answer", "recover s", "catch-up s"));
		table.append("-".repeat(156)).append('\n');
		for (ScenarioFigures row : rows) {
			table.append(String.format(format, row.scenario, row.acknowledged, row.stored, row.projected, row.lost,
					row.duplicated, row.refused, row.unanswered, row.unavailable, row.otherServerErrors, row.noAnswer,
					seconds(row.recovery) + (row.recoveryBounded ? "" : "*"), seconds(row.caughtUp)));
		}
		table.append("* the killed process' restart, from kill -9 until it answered healthy: reported, not bounded\n");
		return table.toString();
	}

	private static String seconds(Duration duration) {
		return String.format("%.1f", duration.toMillis() / 1000.0);
	}

}
