package org.cooperation.tracker.kernel.programme.brand;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A new version of the concept draft was put forward; it supersedes every earlier one,
 * and approvals of earlier versions do not count for it.
 *
 * @param workingGroupId the group
 * @param version the draft's version
 * @param title its title
 * @param document the draft and its SHA-256
 * @param submittedOn the day it was put forward
 */
@Revision("1")
public record ConceptDraftSubmitted(WorkingGroupId workingGroupId, DraftVersion version, String title,
		DocumentReference document, LocalDate submittedOn) {

}
