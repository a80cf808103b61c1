package org.cooperation.tracker.query.programme.archive.model;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyId;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
import org.cooperation.tracker.kernel.programme.archive.TransferMedium;
import org.cooperation.tracker.query.common.EventEntry;
import org.cooperation.tracker.query.common.Recorded;

/** One step of one copy's exchange: one event, with who recorded it and when. */
@Entity
@Table(name = "rm_archive_copy_step")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ArchiveCopyStepRow extends EventEntry {

	@Id
	private String eventId;

	private UUID copyId;

	private UUID initiativeId;

	private long aggregateSequence;

	/** The state this step led to. */
	@Enumerated(EnumType.STRING)
	private ArchiveCopyState state;

	/** The country that took the step. */
	@Enumerated(EnumType.STRING)
	private Country country;

	/** The checksum the holder stated (on a transfer, receipt or mismatch). */
	private String checksum;

	/** On a mismatch, the checksum the receiver computed; else null. */
	private String computedChecksum;

	@Enumerated(EnumType.STRING)
	private TransferMedium medium;

	private Integer attempt;

	/** The business date of a transfer or receipt; null for the other steps. */
	private LocalDate onDate;

	/** A note, or the reason of a withdrawal or refusal. */
	private String remark;

	ArchiveCopyStepRow(String eventId, ArchiveCopyId copyId, InitiativeId initiativeId, ArchiveCopyState state,
			Country country, String remark, Recorded recorded) {
		super(recorded);
		this.eventId = eventId;
		this.copyId = copyId.value();
		this.initiativeId = initiativeId.value();
		this.aggregateSequence = recorded.sequence();
		this.state = state;
		this.country = country;
		this.remark = remark;
	}

	ArchiveCopyStepRow withTransfer(String sentChecksum, TransferMedium sentBy, int transferAttempt) {
		this.checksum = sentChecksum;
		this.medium = sentBy;
		this.attempt = transferAttempt;
		return this;
	}

	ArchiveCopyStepRow withChecksums(String expected, String computed) {
		this.checksum = expected;
		this.computedChecksum = computed;
		return this;
	}

	ArchiveCopyStepRow on(LocalDate date) {
		this.onDate = date;
		return this;
	}

}
