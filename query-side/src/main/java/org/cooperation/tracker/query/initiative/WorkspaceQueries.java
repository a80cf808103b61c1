package org.cooperation.tracker.query.initiative;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.StatusMoves;
import org.cooperation.tracker.query.common.Versioned;
import org.cooperation.tracker.query.history.HistoryEntry;
import org.cooperation.tracker.query.history.model.HistoryEntryType;

/**
 * What a liaison's workspace shows, read from the same read models as the country and
 * initiative pages: the country's initiatives with the version each form sends back, the
 * moves the status rules allow (the command side's own rule, from the published
 * language), and what waits on the country.
 */
@Service
@RequiredArgsConstructor
public class WorkspaceQueries {

	private final InitiativeQueries initiatives;

	private final CountryQueries countries;

	public Workspace workspace(Country country, LocalDate today) {
		List<Workspace.Initiative> rows = initiatives.countryInitiatives(country)
			.initiatives()
			.stream()
			.map((standing) -> initiative(country, initiatives.initiative(standing.initiativeId())))
			.toList();
		LocalDate quietSince = today.minusDays(Workspace.QUIET_DAYS);
		List<Workspace.Initiative> quiet = rows.stream()
			.filter((row) -> !row.finished() && row.lastReportOrStart().isBefore(quietSince))
			.sorted(Comparator.comparing(Workspace.Initiative::lastReportOrStart))
			.toList();
		return new Workspace(country, rows, countries.waiting(country), quiet, today);
	}

	private static Workspace.Initiative initiative(Country country, Versioned<InitiativeDetail> versioned) {
		InitiativeDetail detail = versioned.view();
		CountryStanding standing = detail.countries()
			.stream()
			.filter((each) -> each.country() == country)
			.findFirst()
			.orElseThrow();
		List<HistoryEntry> own = detail.history().stream().filter((entry) -> entry.country() == country).toList();
		LocalDate started = LocalDate.ofInstant(detail.proposedAt(), ZoneOffset.UTC);
		LocalDate lastReport = own.stream()
			.filter((entry) -> entry.type() == HistoryEntryType.PROGRESS_REPORTED && entry.asOf() != null)
			.map(HistoryEntry::asOf)
			.max(Comparator.naturalOrder())
			.orElse(started);
		List<ParticipationStatus> moves = StatusMoves.next(standing.status(), suspendedFrom(standing.status(), own))
			.stream()
			.sorted()
			.toList();
		return new Workspace.Initiative(detail.initiativeId(), detail.kind(), detail.title(), standing.status(),
				standing.statusEffectiveOn(), standing.percent(), standing.percentAsOf(), lastReport,
				versioned.version(), moves, standing.sample());
	}

	/** The status a suspension left: the one its latest move to SUSPENDED came from. */
	private static ParticipationStatus suspendedFrom(ParticipationStatus current, List<HistoryEntry> own) {
		if (current != ParticipationStatus.SUSPENDED) {
			return null;
		}
		ParticipationStatus from = null;
		for (HistoryEntry entry : own) {
			if (entry.type() == HistoryEntryType.STATUS_CHANGED && entry.to() == ParticipationStatus.SUSPENDED) {
				from = entry.from();
			}
		}
		return from;
	}

}
