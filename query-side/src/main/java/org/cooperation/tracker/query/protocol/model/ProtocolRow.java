package org.cooperation.tracker.query.protocol.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.query.common.TextColumns;

/** One recorded protocol. */
@Entity
@Table(name = "rm_protocol")
public class ProtocolRow {

	@Id
	private UUID protocolId;

	private String number;

	private LocalDate meetingDate;

	private String place;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "kk", column = @Column(name = "meeting_title_kk")),
			@AttributeOverride(name = "ru", column = @Column(name = "meeting_title_ru")),
			@AttributeOverride(name = "en", column = @Column(name = "meeting_title_en")) })
	private TextColumns meetingTitle;

	private Instant recordedAt;

	private boolean sample;

	private long aggregateVersion;

	protected ProtocolRow() {
	}

	ProtocolRow(UUID protocolId, String number, LocalDate meetingDate, String place, LocalizedText meetingTitle,
			long version, Instant recordedAt, boolean sample) {
		this.protocolId = protocolId;
		this.number = number;
		this.meetingDate = meetingDate;
		this.place = place;
		this.meetingTitle = TextColumns.of(meetingTitle);
		this.recordedAt = recordedAt;
		this.sample = sample;
		this.aggregateVersion = version;
	}

	public UUID getProtocolId() {
		return protocolId;
	}

	/** The protocol's number, or null when nobody has recorded one. */
	public String getNumber() {
		return number;
	}

	public LocalDate getMeetingDate() {
		return meetingDate;
	}

	public String getPlace() {
		return place;
	}

	public LocalizedText getMeetingTitle() {
		return TextColumns.toText(meetingTitle);
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public boolean isSample() {
		return sample;
	}

	/** An event of the aggregate was applied; one delivered again never moves it back. */
	void advanceVersion(long sequence) {
		aggregateVersion = Math.max(aggregateVersion, sequence);
	}

	/**
	 * The aggregate's version: the sequence number of the last event applied from it,
	 * which the query API sends as the ETag.
	 */
	public long getAggregateVersion() {
		return aggregateVersion;
	}

}
