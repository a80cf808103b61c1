package org.cooperation.tracker.kernel.programme.brand;

import java.time.LocalDate;
import java.util.Set;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;

/**
 * The working group held a meeting.
 *
 * @param workingGroupId the group
 * @param meetingId the meeting
 * @param heldOn the day it was held
 * @param place where
 * @param attending the countries that attended
 * @param decisions what was decided, or null
 * @param minutes the minutes and their SHA-256, or null
 */
@Revision("1")
public record MeetingRecorded(WorkingGroupId workingGroupId, MeetingId meetingId, LocalDate heldOn, String place,
		Set<Country> attending, String decisions, DocumentReference minutes) {

}
