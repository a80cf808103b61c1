package org.cooperation.tracker.query.programme.brand.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.cooperation.tracker.kernel.programme.brand.WorkingGroupEstablished;
import org.cooperation.tracker.query.common.Recorded;
import org.cooperation.tracker.query.common.SequencedRecord;

/** A brand working group, one per initiative. */
@Entity
@Table(name = "rm_working_group")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class WorkingGroupRow extends SequencedRecord {

	@Id
	private UUID workingGroupId;

	private UUID initiativeId;

	private LocalDate establishedOn;

	/** The decision that set the group up, or null. */
	private String note;

	private Instant establishedAt;

	WorkingGroupRow(WorkingGroupEstablished event, Recorded recorded) {
		super(recorded);
		this.workingGroupId = event.workingGroupId().value();
		this.initiativeId = event.initiativeId().value();
		this.establishedOn = event.establishedOn();
		this.note = event.note();
		this.establishedAt = recorded.at();
	}

}
