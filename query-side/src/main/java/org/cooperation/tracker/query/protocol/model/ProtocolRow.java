package org.cooperation.tracker.query.protocol.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.query.common.Recorded;
import org.cooperation.tracker.query.common.SequencedRecord;
import org.cooperation.tracker.query.common.TextColumns;

/** One recorded protocol. */
@Entity
@Table(name = "rm_protocol")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ProtocolRow extends SequencedRecord {

	@Id
	private UUID protocolId;

	/** The protocol's number, or null when nobody has recorded one. */
	private String number;

	private LocalDate meetingDate;

	private String place;

	@Embedded
	private TextColumns meetingTitle;

	private Instant recordedAt;

	ProtocolRow(UUID protocolId, String number, LocalDate meetingDate, String place, LocalizedText meetingTitle,
			Recorded recorded) {
		super(recorded);
		this.protocolId = protocolId;
		this.number = number;
		this.meetingDate = meetingDate;
		this.place = place;
		this.meetingTitle = TextColumns.of(meetingTitle);
		this.recordedAt = recorded.at();
	}

	public LocalizedText getMeetingTitle() {
		return TextColumns.toText(meetingTitle);
	}

}
