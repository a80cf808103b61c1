package org.cooperation.tracker.query.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.query.history.model.HistoryEntryType;

/**
 * Where the protocol stands as a whole.
 *
 * @param initiatives how many initiatives are recorded
 * @param byStatus how many initiatives stand at each {@link OverallStatus}, every status
 * in lifecycle order (zero included)
 * @param countries each of the six countries' average progress, in the order of
 * {@link Country}
 * @param month the month whose records {@code recordedThisMonth} counts (UTC)
 * @param recordedThisMonth the status changes, progress reports and proposals recorded in
 * that month
 * @param lastUpdated when the latest change behind these figures was recorded, or null
 * when nothing is recorded
 * @param latest the latest changes, newest first
 */
public record Overview(long initiatives, List<StatusCount> byStatus, List<CountryProgress> countries, YearMonth month,
		Count recordedThisMonth, Instant lastUpdated, List<LatestChange> latest) {

	/** True when any figure here comes from demo data. */
	public boolean anySample() {
		return byStatus.stream().anyMatch(StatusCount::sample) || countries.stream().anyMatch(CountryProgress::sample)
				|| recordedThisMonth.sample() || latest.stream().anyMatch(LatestChange::sample);
	}

	/**
	 * The initiatives at one overall status.
	 *
	 * @param status the overall status
	 * @param initiatives how many
	 * @param sampleInitiatives how many of them are demo data
	 */
	public record StatusCount(ParticipationStatus status, long initiatives, long sampleInitiatives) {

		public boolean sample() {
			return sampleInitiatives > 0;
		}

	}

	/**
	 * One country's average progress over the initiatives it takes part in.
	 *
	 * @param country the country
	 * @param averagePercent the average of the latest reported percent over its
	 * participations not declined, a participation without a report counting as 0, in
	 * whole percent; null when it takes part in none
	 * @param participations the initiatives it takes part in (not declined)
	 * @param reported how many of them it has reported progress on
	 * @param sample true when any of the figures averaged is demo data
	 */
	public record CountryProgress(Country country, Integer averagePercent, long participations, long reported,
			boolean sample) {

	}

	/**
	 * A count of records.
	 *
	 * @param records how many
	 * @param sampleRecords how many of them are demo data
	 */
	public record Count(long records, long sampleRecords) {

		public boolean sample() {
			return sampleRecords > 0;
		}

	}

	/**
	 * One change in a participation's history.
	 *
	 * @param initiativeId the initiative
	 * @param initiativeTitle its title
	 * @param type what happened
	 * @param country the country concerned
	 * @param from the status left, for a status change
	 * @param to the status taken, for a proposal or a status change
	 * @param percent the reported percent, for a progress report
	 * @param effectiveOn the day a status change took effect
	 * @param asOf the day a progress report describes
	 * @param recordedAt when it was recorded
	 * @param actor who recorded it, or null
	 * @param actorRole the actor's role, or null
	 * @param actorCountry the country the actor acts for, or null
	 * @param sample true when it is demo data
	 */
	public record LatestChange(UUID initiativeId, LocalizedText initiativeTitle, HistoryEntryType type, Country country,
			ParticipationStatus from, ParticipationStatus to, Integer percent, LocalDate effectiveOn, LocalDate asOf,
			Instant recordedAt, String actor, String actorRole, String actorCountry, boolean sample) {

	}

}
