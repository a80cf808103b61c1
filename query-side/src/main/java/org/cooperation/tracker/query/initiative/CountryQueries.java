package org.cooperation.tracker.query.initiative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.common.RecordedBy;
import org.cooperation.tracker.query.history.model.HistoryEntryRow;
import org.cooperation.tracker.query.history.model.HistoryEntryRowRepository;
import org.cooperation.tracker.query.history.model.HistoryEntryType;
import org.cooperation.tracker.query.initiative.model.InitiativeRow;
import org.cooperation.tracker.query.initiative.model.InitiativeRowRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one country across all its initiatives: its progress reports over time, and what
 * the initiatives' own records wait for from it. Each answer costs a fixed number of
 * statements however many initiatives there are: the reports in one, the initiatives'
 * titles in one, and each kind's waiting records in the few its
 * {@link CountryWaitingSource} reads.
 */
@Service
@Transactional(readOnly = true)
public class CountryQueries {

	/** How many of the latest progress reports the country page lists. */
	public static final int LATEST_REPORTS = 10;

	/** The order of filing: an initiative's events are ordered by its aggregate. */
	private static final Comparator<HistoryEntryRow> FILED = Comparator
		.comparing((HistoryEntryRow row) -> row.getRecordedBy().getRecordedAt())
		.thenComparingLong(HistoryEntryRow::getAggregateSequence)
		.thenComparing(HistoryEntryRow::getEventId);

	private static final Comparator<InitiativeRow> PROPOSED = Comparator.comparing(InitiativeRow::getProposedAt)
		.thenComparing(InitiativeRow::getInitiativeId);

	private final HistoryEntryRowRepository history;

	private final InitiativeRowRepository initiatives;

	private final List<CountryWaitingSource> sources;

	public CountryQueries(HistoryEntryRowRepository history, InitiativeRowRepository initiatives,
			List<CountryWaitingSource> sources) {
		this.history = history;
		this.initiatives = initiatives;
		this.sources = List.copyOf(sources);
	}

	/**
	 * The country's progress reports: per initiative, the figure of each day described
	 * (the one filed last when a day was reported twice), and the latest reports filed.
	 */
	public CountryProgress progress(Country country) {
		List<HistoryEntryRow> reports = history.findByCountryAndEntryType(country, HistoryEntryType.PROGRESS_REPORTED)
			.stream()
			.filter((row) -> row.getPercent() != null)
			.sorted(FILED)
			.toList();
		Map<UUID, InitiativeRow> initiativesById = initiativesOf(
				reports.stream().map(HistoryEntryRow::getInitiativeId).collect(Collectors.toSet()));
		Map<UUID, List<HistoryEntryRow>> byInitiative = reports.stream()
			.collect(Collectors.groupingBy(HistoryEntryRow::getInitiativeId));
		List<CountryProgress.Series> series = initiativesById.values()
			.stream()
			.sorted(PROPOSED)
			.map((initiative) -> series(initiative, byInitiative.get(initiative.getInitiativeId())))
			.toList();
		List<HistoryEntryRow> newestFirst = new ArrayList<>(reports);
		Collections.reverse(newestFirst);
		List<CountryProgress.Report> latest = newestFirst.stream()
			.limit(LATEST_REPORTS)
			.map((row) -> report(row, initiativesById.get(row.getInitiativeId())))
			.toList();
		return new CountryProgress(country, series, latest, reports.size());
	}

	/** What waits on the country, by kind, each kind's longest waiting first. */
	public CountryWaiting waiting(Country country) {
		Map<AwaitedKind, List<Awaited>> byKind = new EnumMap<>(AwaitedKind.class);
		for (CountryWaitingSource source : sources) {
			source.waitingOn(country)
				.forEach((awaited) -> byKind.computeIfAbsent(awaited.kind(), (kind) -> new ArrayList<>()).add(awaited));
		}
		Map<UUID, InitiativeRow> titles = initiativesOf(
				byKind.values().stream().flatMap(List::stream).map(Awaited::initiativeId).collect(Collectors.toSet()));
		List<CountryWaiting.Group> groups = byKind.entrySet()
			.stream()
			.map((entry) -> new CountryWaiting.Group(entry.getKey(),
					entry.getValue()
						.stream()
						.sorted(Comparator.comparing(Awaited::since, Comparator.nullsLast(Comparator.naturalOrder())))
						.map((awaited) -> new CountryWaiting.Item(awaited, title(titles.get(awaited.initiativeId()))))
						.toList()))
			.toList();
		return new CountryWaiting(country, groups);
	}

	/** The initiatives with these ids that are known here, read in one statement. */
	private Map<UUID, InitiativeRow> initiativesOf(Set<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return initiatives.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(InitiativeRow::getInitiativeId, Function.identity(), (a, b) -> a,
					LinkedHashMap::new));
	}

	private static CountryProgress.Series series(InitiativeRow initiative, List<HistoryEntryRow> filed) {
		// Filed in order, so the last report of a day is the one that stands.
		Map<LocalDate, HistoryEntryRow> byDay = new TreeMap<>();
		filed.stream().filter((row) -> row.getAsOf() != null).forEach((row) -> byDay.put(row.getAsOf(), row));
		return new CountryProgress.Series(initiative.getInitiativeId(), initiative.getTitle(), byDay.values()
			.stream()
			.map((row) -> new CountryProgress.Point(row.getAsOf(), row.getPercent(), row.getRecordedBy().isSample()))
			.toList());
	}

	private static CountryProgress.Report report(HistoryEntryRow row, InitiativeRow initiative) {
		RecordedBy by = row.getRecordedBy();
		return new CountryProgress.Report(row.getReportId(), row.getInitiativeId(), title(initiative), row.getPercent(),
				row.getAsOf(), row.getNote(), row.getEvidence(), by.getRecordedAt(), by.getActor(), by.getActorRole(),
				by.getActorCountry(), by.isSample());
	}

	private static LocalizedText title(InitiativeRow initiative) {
		return (initiative != null) ? initiative.getTitle() : null;
	}

}
