package org.cooperation.tracker.query.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.query.common.Moment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every country stood on every initiative at a moment of the past, read from the
 * participation history the read model keeps (never by replaying events): for each
 * participation, its latest status entry and its latest progress report up to the moment.
 * <p>
 * On the recorded axis "latest" is by the time recorded (then the order of the
 * initiative's events), among those recorded by the instant. On the effective axis it is
 * by the day a status took effect (a proposal takes effect the day it was recorded) and
 * the day a report speaks of, among all recorded so far, so a change recorded late counts
 * from the day it took effect.
 * <p>
 * One statement whatever the size: two index probes per participation, one into each of
 * the partial indexes its axis reads ({@code V11__history_by_participation.sql}), whose
 * expressions these statements repeat word for word so that the planner matches them. The
 * kinds' own figures have no history yet: a past cell has none.
 */
@Component
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class PastStandings {

	/**
	 * The day an entry took effect: its own, or for a proposal the day it was recorded.
	 */
	private static final String STATUS_DAY = "coalesce(h.effective_on, (h.recorded_at AT TIME ZONE 'UTC')::date)";

	private static final String REPORT_DAY = "coalesce(h.as_of, (h.recorded_at AT TIME ZONE 'UTC')::date)";

	private static final String SQL = """
			SELECT p.initiative_id, p.country, s.status, s.effective_on, s.sample AS status_sample,
			       s.recorded_at AS status_recorded_at, r.percent, r.as_of, r.sample AS report_sample,
			       r.recorded_at AS report_recorded_at
			FROM rm_initiative_participant p
			JOIN LATERAL (
			    SELECT CASE WHEN h.entry_type = 'PROPOSED' THEN 'PROPOSED' ELSE h.to_status END AS status,
			           h.effective_on, h.sample, h.recorded_at
			    FROM rm_participation_history h
			    WHERE h.initiative_id = p.initiative_id AND h.country = p.country
			      AND h.entry_type <> 'PROGRESS_REPORTED' AND %1$s
			    ORDER BY %2$s LIMIT 1) s ON true
			LEFT JOIN LATERAL (
			    SELECT h.percent, h.as_of, h.sample, h.recorded_at
			    FROM rm_participation_history h
			    WHERE h.initiative_id = p.initiative_id AND h.country = p.country
			      AND h.entry_type = 'PROGRESS_REPORTED' AND %3$s
			    ORDER BY %4$s LIMIT 1) r ON true
			WHERE (CAST(? AS uuid) IS NULL OR p.initiative_id = CAST(? AS uuid))
			""";

	private static final String RECORDED = SQL.formatted("h.recorded_at <= ?",
			"h.recorded_at DESC, h.aggregate_sequence DESC", "h.recorded_at <= ?",
			"h.recorded_at DESC, h.aggregate_sequence DESC");

	private static final String EFFECTIVE = SQL.formatted(STATUS_DAY + " <= ?",
			STATUS_DAY + " DESC, h.aggregate_sequence DESC", REPORT_DAY + " <= ?",
			REPORT_DAY + " DESC, h.aggregate_sequence DESC");

	private final JdbcTemplate jdbc;

	/**
	 * Each initiative's standings at the moment, by initiative: a participation without
	 * any entry by then has none, and an initiative without any is absent.
	 */
	public Map<UUID, Map<Country, PastStanding>> at(Moment moment) {
		Map<UUID, Map<Country, PastStanding>> standings = new HashMap<>();
		read(moment, null,
				(initiativeId, country, standing) -> standings
					.computeIfAbsent(initiativeId, (id) -> new EnumMap<>(Country.class))
					.put(country, standing));
		return standings;
	}

	/**
	 * Where each country stood on one initiative at the moment; empty when none had
	 * anything recorded (or in effect) by then.
	 */
	public Map<Country, PastStanding> of(UUID initiativeId, Moment moment) {
		Map<Country, PastStanding> standings = new EnumMap<>(Country.class);
		read(moment, initiativeId, (initiative, country, standing) -> standings.put(country, standing));
		return standings;
	}

	private void read(Moment moment, UUID initiativeId, Found found) {
		Object bound = switch (moment.axis()) {
			case RECORDED -> Timestamp.from(moment.asOf());
			case EFFECTIVE -> moment.effectiveOn();
			case CURRENT -> throw new IllegalArgumentException("the present is read from the current read model");
		};
		RowCallbackHandler each = (row) -> found.standing(row.getObject("initiative_id", UUID.class),
				Country.valueOf(row.getString("country")), standing(row));
		jdbc.query((moment.axis() == Moment.Axis.RECORDED) ? RECORDED : EFFECTIVE, each, bound, bound, initiativeId,
				initiativeId);
	}

	private static PastStanding standing(ResultSet row) throws SQLException {
		Integer percent = (Integer) row.getObject("percent");
		Instant statusRecorded = row.getTimestamp("status_recorded_at").toInstant();
		Timestamp reportRecorded = row.getTimestamp("report_recorded_at");
		Instant last = (reportRecorded != null && reportRecorded.toInstant().isAfter(statusRecorded))
				? reportRecorded.toInstant() : statusRecorded;
		boolean sample = row.getBoolean("status_sample") || (percent != null && row.getBoolean("report_sample"));
		return new PastStanding(ParticipationStatus.valueOf(row.getString("status")),
				row.getObject("effective_on", LocalDate.class), percent, row.getObject("as_of", LocalDate.class), last,
				sample);
	}

	@FunctionalInterface
	private interface Found {

		void standing(UUID initiativeId, Country country, PastStanding standing);

	}

	/**
	 * Where one country stood on one initiative at a moment of the past.
	 *
	 * @param status its status then
	 * @param statusEffectiveOn the day that status took effect, or null when unknown
	 * @param percent its latest reported percent then, or null before any report
	 * @param percentAsOf the day that percent described, or null
	 * @param lastRecordedAt when the latest of the two was recorded
	 * @param sample true when the status or percent is demo data
	 */
	public record PastStanding(ParticipationStatus status, LocalDate statusEffectiveOn, Integer percent,
			LocalDate percentAsOf, Instant lastRecordedAt, boolean sample) {
	}

}
