package org.cooperation.tracker.query.protocol.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.query.common.TextColumns;

/** A direction of cooperation agreed in a protocol. */
@Entity
@Table(name = "rm_protocol_direction")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class DirectionRow {

	@Id
	private UUID directionId;

	private UUID protocolId;

	@Embedded
	private TextColumns title;

	private Instant agreedAt;

	private long aggregateSequence;

	private boolean sample;

	DirectionRow(UUID directionId, UUID protocolId, LocalizedText title, Instant agreedAt, long aggregateSequence,
			boolean sample) {
		this.directionId = directionId;
		this.protocolId = protocolId;
		this.title = TextColumns.of(title);
		this.agreedAt = agreedAt;
		this.aggregateSequence = aggregateSequence;
		this.sample = sample;
	}

	public LocalizedText getTitle() {
		return TextColumns.toText(title);
	}

}
