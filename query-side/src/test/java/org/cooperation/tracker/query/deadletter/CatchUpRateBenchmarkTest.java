package org.cooperation.tracker.query.deadletter;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatusChanged;
import org.cooperation.tracker.kernel.initiative.ProgressPercent;
import org.cooperation.tracker.kernel.initiative.ProgressReportId;
import org.cooperation.tracker.kernel.initiative.ProgressReported;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.ProtocolId;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.history.model.ParticipationHistoryProjection;
import org.cooperation.tracker.query.initiative.model.InitiativesProjection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How fast the processors that write the most catch up on a burst of stored events: the
 * initiatives' and the participation history's, each applying every event in a savepoint
 * of its own (README, "Dead letters"). A burst of initiatives with their status changes
 * and progress reports is appended in one transaction; the time from its commit until
 * each processor's token has passed it gives events per second, the median of several
 * bursts. It prints the figures and asserts only that every event was applied: timings on
 * a shared build machine are too noisy to assert.
 * <p>
 * The CI run is short; {@code -Dtracker.benchmark.burst=2000 -Dtracker.benchmark.runs=5}
 * gives steadier figures.
 */
class CatchUpRateBenchmarkTest extends DeadLetterTestBase {

	private static final int BURST = Integer.getInteger("tracker.benchmark.burst", 500);

	private static final int RUNS = Integer.getInteger("tracker.benchmark.runs", 3);

	private static final int EVENTS_PER_INITIATIVE = 5;

	private static final List<String> MEASURED = List.of(InitiativesProjection.PROCESSING_GROUP,
			ParticipationHistoryProjection.PROCESSING_GROUP);

	@Autowired
	EventProcessingConfiguration processing;

	@Test
	void eventsPerSecondOfAProcessorCatchingUp() {
		// Warms up the JIT, the pool and the tables before anything is measured.
		catchUp(burst(BURST / 5));
		Map<String, List<Double>> rates = new TreeMap<>();
		int initiatives = 0;
		for (int run = 0; run < RUNS; run++) {
			List<GenericDomainEventMessage<?>> burst = burst(BURST);
			initiatives += BURST / EVENTS_PER_INITIATIVE;
			catchUp(burst).forEach((group, seconds) -> rates.computeIfAbsent(group, (g) -> new ArrayList<>())
				.add(burst.size() / seconds));
		}
		StringBuilder table = new StringBuilder(
				String.format("%ncatch-up rate, bursts of %d events, median of %d runs%n%-24s %12s%n", BURST, RUNS,
						"processor", "events/s"));
		rates.forEach((group, perRun) -> table.append(String.format("%-24s %12.0f%n", group, median(perRun))));
		System.out.print(table);
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM rm_participation_history h JOIN rm_initiative i USING (initiative_id) "
						+ "WHERE i.title_en LIKE 'Burst initiative %'",
				Long.class))
			.as("history rows of every measured initiative")
			.isGreaterThanOrEqualTo((long) initiatives * EVENTS_PER_INITIATIVE);
	}

	/**
	 * Appends the events and returns, per measured processor, the seconds from the
	 * append's commit until its token passed them.
	 */
	private Map<String, Double> catchUp(List<GenericDomainEventMessage<?>> events) {
		append(events);
		long committed = System.nanoTime();
		long head = head();
		Map<String, Double> seconds = new TreeMap<>();
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5)).until(() -> {
			for (String group : MEASURED) {
				if (!seconds.containsKey(group) && position(group) >= head) {
					seconds.put(group, (System.nanoTime() - committed) / 1e9);
				}
			}
			return seconds.size() == MEASURED.size();
		});
		return seconds;
	}

	private long position(String group) {
		TrackingEventProcessor processor = processing.eventProcessor(group, TrackingEventProcessor.class).orElseThrow();
		return processor.processingStatus()
			.values()
			.stream()
			.mapToLong((status) -> status.getCurrentPosition().orElse(-1))
			.min()
			.orElse(-1);
	}

	/**
	 * Initiatives of two participants, each with a status change and three progress
	 * reports: five events per initiative, each one a row in both read models.
	 */
	private static List<GenericDomainEventMessage<?>> burst(int size) {
		List<GenericDomainEventMessage<?>> events = new ArrayList<>();
		ProtocolId protocol = ProtocolId.random();
		DirectionId direction = DirectionId.random();
		for (int i = 0; i < size / EVENTS_PER_INITIATIVE; i++) {
			InitiativeId initiative = InitiativeId.random();
			String aggregate = initiative.toString();
			events.add(new GenericDomainEventMessage<>("Initiative", aggregate, 0,
					new InitiativeProposed(initiative, protocol, direction, InitiativeKind.OTHER,
							LocalizedText.english("Burst initiative " + i), null, Country.KZ,
							Set.of(Country.KZ, Country.UZ)),
					Fixtures.secretariat()));
			events.add(new GenericDomainEventMessage<>("Initiative", aggregate, 1,
					new ParticipationStatusChanged(initiative, Country.UZ, ParticipationStatus.PROPOSED,
							ParticipationStatus.AGREED, LocalDate.of(2025, 12, 1), "Agreed " + i, List.of()),
					Fixtures.liaison(Country.UZ, "corr-" + i)));
			for (int report = 0; report < 3; report++) {
				events.add(new GenericDomainEventMessage<>("Initiative", aggregate, 2 + report,
						new ProgressReported(initiative, ProgressReportId.random(), Country.UZ,
								new ProgressPercent(10 * (report + 1)), LocalDate.of(2025, 12, 2 + report),
								"Report " + report, List.of()),
						Fixtures.liaison(Country.UZ, "corr-" + i)));
			}
		}
		return events;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

}
