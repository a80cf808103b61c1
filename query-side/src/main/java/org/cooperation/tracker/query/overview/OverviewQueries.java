package org.cooperation.tracker.query.overview;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.query.common.RecordedBy;
import org.cooperation.tracker.query.history.model.HistoryEntryRow;
import org.cooperation.tracker.query.overview.Overview.Count;
import org.cooperation.tracker.query.overview.Overview.CountryProgress;
import org.cooperation.tracker.query.overview.Overview.LatestChange;
import org.cooperation.tracker.query.overview.Overview.StatusCount;
import org.cooperation.tracker.query.overview.model.CountryTotals;
import org.cooperation.tracker.query.overview.model.EntryOfInitiative;
import org.cooperation.tracker.query.overview.model.OverviewFigures;
import org.cooperation.tracker.query.overview.model.ParticipantStatus;
import org.cooperation.tracker.query.overview.model.RecordedCount;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the overview: four statements, whatever the number of initiatives and of history
 * entries behind them, from one snapshot so that its figures agree with each other.
 */
@Service
public class OverviewQueries {

	/** How many of the latest changes the overview lists. */
	public static final int LATEST = 10;

	private final OverviewFigures figures;

	public OverviewQueries(OverviewFigures figures) {
		this.figures = figures;
	}

	/** The overview, counting the records of {@code month} (UTC) as this month's. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Overview overview(YearMonth month) {
		List<ParticipantStatus> statuses = figures.participantStatuses();
		List<CountryTotals> totals = figures.countryTotals();
		Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		RecordedCount recorded = figures.recordedBetween(from, to);
		List<LatestChange> latest = figures.latestChanges(LATEST).stream().map(OverviewQueries::change).toList();
		Instant lastUpdated = Stream
			.concat(totals.stream().map(CountryTotals::lastRecordedAt), latest.stream().map(LatestChange::recordedAt))
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		Map<UUID, List<ParticipantStatus>> byInitiative = statuses.stream()
			.collect(Collectors.groupingBy(ParticipantStatus::initiativeId));
		return new Overview(byInitiative.size(), byStatus(byInitiative.values()), countries(totals), month,
				new Count(recorded.entries(), recorded.sample()), lastUpdated, latest);
	}

	private static List<StatusCount> byStatus(Iterable<List<ParticipantStatus>> initiatives) {
		Map<ParticipationStatus, long[]> counts = new EnumMap<>(ParticipationStatus.class);
		Arrays.stream(ParticipationStatus.values()).forEach((status) -> counts.put(status, new long[2]));
		for (List<ParticipantStatus> participants : initiatives) {
			ParticipationStatus overall = OverallStatus
				.of(participants.stream().map(ParticipantStatus::status).filter(Objects::nonNull).toList());
			long[] count = counts.get(overall);
			count[0]++;
			if (participants.stream().anyMatch(ParticipantStatus::sample)) {
				count[1]++;
			}
		}
		List<StatusCount> byStatus = new ArrayList<>();
		counts.forEach((status, count) -> byStatus.add(new StatusCount(status, count[0], count[1])));
		return byStatus;
	}

	private static List<CountryProgress> countries(List<CountryTotals> totals) {
		Map<Country, CountryTotals> byCountry = new HashMap<>(
				totals.stream().collect(Collectors.toMap(CountryTotals::country, Function.identity())));
		return Arrays.stream(Country.values()).map((country) -> {
			CountryTotals total = byCountry.get(country);
			if (total == null || total.participations() == 0) {
				return new CountryProgress(country, null, 0, 0, false);
			}
			return new CountryProgress(country, (int) Math.round(total.averagePercent()), total.participations(),
					total.reported(), total.sample() > 0);
		}).toList();
	}

	private static LatestChange change(EntryOfInitiative row) {
		HistoryEntryRow entry = row.entry();
		RecordedBy by = entry.getRecordedBy();
		return new LatestChange(entry.getInitiativeId(), row.initiative().getTitle(), entry.getEntryType(),
				entry.getCountry(), entry.getFromStatus(), entry.getToStatus(), entry.getPercent(),
				entry.getEffectiveOn(), entry.getAsOf(), by.getRecordedAt(), by.getActor(), by.getActorRole(),
				by.getActorCountry(), by.isSample());
	}

}
