package org.cooperation.tracker.query.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.IatiActivityStatus;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;

/**
 * One initiative as the IATI activity file reports it.
 *
 * @param initiativeId the initiative, the activity identifier's own part
 * @param kind what kind of initiative it is
 * @param title its title
 * @param description its description, or null when none was given
 * @param meetingDay the day of the meeting whose protocol put it forward
 * @param participants the countries named in the proposal, in the order of
 * {@link Country}
 * @param recipients the participants that have not declined
 * @param status the overall status ({@link OverallActivityStatus})
 * @param dates its start and perhaps its end ({@link ActivityDates})
 * @param progress the months with progress reports ({@link ProgressPeriods})
 * @param lastUpdated when anything about it was last recorded
 */
public record IatiActivity(UUID initiativeId, InitiativeKind kind, LocalizedText title, LocalizedText description,
		LocalDate meetingDay, List<Country> participants, List<Country> recipients, IatiActivityStatus status,
		List<ActivityDate> dates, List<ProgressPeriod> progress, Instant lastUpdated) {

}
