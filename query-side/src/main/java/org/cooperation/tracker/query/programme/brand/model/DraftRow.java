package org.cooperation.tracker.query.programme.brand.model;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.cooperation.tracker.kernel.programme.brand.ConceptDraftSubmitted;
import org.cooperation.tracker.query.common.Recorded;
import org.cooperation.tracker.query.common.RecordedRow;

/** One version of a working group's concept draft. */
@Entity
@Table(name = "rm_concept_draft")
@IdClass(DraftKey.class)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class DraftRow extends RecordedRow {

	@Id
	private UUID workingGroupId;

	@Id
	private int version;

	private String title;

	private String url;

	private String sha256;

	private LocalDate submittedOn;

	DraftRow(ConceptDraftSubmitted event, Recorded recorded) {
		super(recorded);
		this.workingGroupId = event.workingGroupId().value();
		this.version = event.version().value();
		this.title = event.title();
		this.url = event.document().link().url().toString();
		this.sha256 = event.document().sha256().hex();
		this.submittedOn = event.submittedOn();
	}

}
