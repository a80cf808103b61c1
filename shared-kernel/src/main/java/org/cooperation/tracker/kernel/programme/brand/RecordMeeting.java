package org.cooperation.tracker.kernel.programme.brand;

import java.time.LocalDate;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.country.Country;

/**
 * Records a meeting the working group held.
 *
 * @param workingGroupId the group
 * @param meetingId the new meeting's id
 * @param heldOn the day it was held
 * @param place where (a city, or "online")
 * @param attending the countries that attended, all participants of the initiative
 * @param decisions what was decided, or null
 * @param minutes the minutes and their SHA-256, or null while there are none
 */
public record RecordMeeting(@TargetAggregateIdentifier WorkingGroupId workingGroupId, MeetingId meetingId,
		LocalDate heldOn, String place, Set<Country> attending, String decisions, DocumentReference minutes) {

	public RecordMeeting {
		Checks.requiredFields("workingGroupId", workingGroupId, "meetingId", meetingId, "heldOn", heldOn);
		place = Checks.requiredLine(place, "place");
		attending = (attending != null) ? Set.copyOf(attending) : Set.of();
		if (attending.isEmpty()) {
			throw new InvalidValueException("a meeting needs at least one attending country");
		}
		decisions = Checks.optionalText(decisions, "decisions");
	}

}
