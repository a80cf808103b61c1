package org.cooperation.tracker.query.programme.brand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;

/**
 * A brand working group with everything it recorded.
 *
 * @param workingGroupId the group
 * @param initiativeId its initiative
 * @param initiativeTitle the initiative's title
 * @param establishedOn the day it was set up
 * @param note the decision that set it up, or null
 * @param establishedAt when that was recorded
 * @param sample true when the group's establishment is demo data
 * @param roster every participating country's seats, in the order of the country list
 * @param meetings its meetings, oldest first
 * @param drafts its concept drafts, by version
 * @param approval each country's standing on the latest draft
 */
public record WorkingGroupView(UUID workingGroupId, UUID initiativeId, LocalizedText initiativeTitle,
		LocalDate establishedOn, String note, Instant establishedAt, boolean sample, List<CountryRoster> roster,
		List<MeetingView> meetings, List<DraftView> drafts, ConceptApproval approval) {

}
