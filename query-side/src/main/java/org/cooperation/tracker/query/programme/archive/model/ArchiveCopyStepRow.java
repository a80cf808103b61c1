package org.cooperation.tracker.query.programme.archive.model;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
import org.cooperation.tracker.kernel.programme.archive.TransferMedium;
import org.cooperation.tracker.query.common.EventEntry;
import org.cooperation.tracker.query.common.Recorded;

/** One step of one copy's exchange: one event, with who recorded it and when. */
@Entity
@Table(name = "rm_archive_copy_step")
public class ArchiveCopyStepRow extends EventEntry {

	@Id
	private String eventId;

	private UUID copyId;

	private UUID initiativeId;

	private long aggregateSequence;

	@Enumerated(EnumType.STRING)
	private ArchiveCopyState state;

	@Enumerated(EnumType.STRING)
	private Country country;

	private String checksum;

	private String computedChecksum;

	@Enumerated(EnumType.STRING)
	private TransferMedium medium;

	private Integer attempt;

	private LocalDate onDate;

	private String remark;

	protected ArchiveCopyStepRow() {
	}

	ArchiveCopyStepRow(String eventId, UUID copyId, UUID initiativeId, ArchiveCopyState state, Country country,
			String remark, Recorded recorded) {
		super(recorded);
		this.eventId = eventId;
		this.copyId = copyId;
		this.initiativeId = initiativeId;
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

	public String getEventId() {
		return eventId;
	}

	public UUID getCopyId() {
		return copyId;
	}

	public UUID getInitiativeId() {
		return initiativeId;
	}

	public long getAggregateSequence() {
		return aggregateSequence;
	}

	/** The state this step led to. */
	public ArchiveCopyState getState() {
		return state;
	}

	/** The country that took the step. */
	public Country getCountry() {
		return country;
	}

	/** The checksum the holder stated (on a transfer, receipt or mismatch). */
	public String getChecksum() {
		return checksum;
	}

	/** On a mismatch, the checksum the receiver computed; else null. */
	public String getComputedChecksum() {
		return computedChecksum;
	}

	public TransferMedium getMedium() {
		return medium;
	}

	public Integer getAttempt() {
		return attempt;
	}

	/** The business date of a transfer or receipt; null for the other steps. */
	public LocalDate getOnDate() {
		return onDate;
	}

	/** A note, or the reason of a withdrawal or refusal. */
	public String getRemark() {
		return remark;
	}

}
