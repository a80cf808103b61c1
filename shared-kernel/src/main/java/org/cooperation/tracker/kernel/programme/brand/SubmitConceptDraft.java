package org.cooperation.tracker.kernel.programme.brand;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;

/**
 * The working group puts forward a new version of its concept draft. Versions are
 * numbered 1, 2, 3, ...; each new draft supersedes the ones before it.
 *
 * @param workingGroupId the group
 * @param version the draft's version: one more than the latest
 * @param title the draft's title
 * @param document the draft and its SHA-256
 * @param submittedOn the day it was put forward
 */
public record SubmitConceptDraft(@TargetAggregateIdentifier WorkingGroupId workingGroupId, DraftVersion version,
		String title, DocumentReference document, LocalDate submittedOn) {

	public SubmitConceptDraft {
		Checks.requiredFields("workingGroupId", workingGroupId, "version", version);
		title = Checks.requiredLine(title, "title");
		Checks.requiredFields("document", document, "submittedOn", submittedOn);
	}

}
