package org.cooperation.tracker.query.initiative;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;

/**
 * A liaison's workspace: every initiative their country takes part in, as the forms that
 * write it need it, and what waits on the country.
 *
 * @param country the liaison's country
 * @param initiatives each initiative, in the order they were proposed
 * @param waiting what the initiatives' own records wait for from the country
 * @param quiet the initiatives still running with no progress report for
 * {@link #QUIET_DAYS} days, longest quiet first
 * @param today the day the workspace was read
 */
public record Workspace(Country country, List<Initiative> initiatives, CountryWaiting waiting, List<Initiative> quiet,
		LocalDate today) {

	/**
	 * After how many days without a progress report an initiative waits on its liaison.
	 */
	public static final int QUIET_DAYS = 90;

	/**
	 * One initiative as the country stands on it.
	 *
	 * @param initiativeId the initiative
	 * @param kind what it is
	 * @param title its title
	 * @param status the country's participation status
	 * @param statusSince the day that status took effect, or null when unknown
	 * @param percent the latest reported percent, or null before any report
	 * @param percentAsOf the day that percent describes, or null
	 * @param lastReportOrStart the day of the latest progress report, or the day the
	 * participation began when none was filed
	 * @param version the initiative's version (its ETag, sent back as If-Match)
	 * @param moves the statuses the rules let the country move to now
	 * ({@link org.cooperation.tracker.kernel.initiative.StatusMoves})
	 * @param sample true when the status or percent shown is demo data
	 */
	public record Initiative(UUID initiativeId, InitiativeKind kind, LocalizedText title, ParticipationStatus status,
			LocalDate statusSince, Integer percent, LocalDate percentAsOf, LocalDate lastReportOrStart, long version,
			List<ParticipationStatus> moves, boolean sample) {

		/** Whether the participation is over (no more moves, no more reports asked). */
		public boolean finished() {
			return status == ParticipationStatus.COMPLETED || status == ParticipationStatus.DECLINED;
		}

	}

}
