package org.cooperation.tracker.query.programme.brand;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.country.Country;

/**
 * A meeting of the working group.
 *
 * @param meetingId the meeting
 * @param heldOn the day it was held
 * @param place where
 * @param attending the countries that attended, in the order of {@link Country}
 * @param decisions what was decided, or null
 * @param minutes the minutes, or null when none are recorded
 * @param sample true when it is demo data
 */
public record MeetingView(UUID meetingId, LocalDate heldOn, String place, List<Country> attending, String decisions,
		DocumentView minutes, boolean sample) {

}
