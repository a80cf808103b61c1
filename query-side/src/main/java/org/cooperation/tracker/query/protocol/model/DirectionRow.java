package org.cooperation.tracker.query.protocol.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.query.common.TextColumns;

/** A direction of cooperation agreed in a protocol. */
@Entity
@Table(name = "rm_protocol_direction")
public class DirectionRow {

	@Id
	private UUID directionId;

	private UUID protocolId;

	@Embedded
	private TextColumns title;

	private Instant agreedAt;

	private long aggregateSequence;

	private boolean sample;

	protected DirectionRow() {
	}

	DirectionRow(UUID directionId, UUID protocolId, LocalizedText title, Instant agreedAt, long aggregateSequence,
			boolean sample) {
		this.directionId = directionId;
		this.protocolId = protocolId;
		this.title = TextColumns.of(title);
		this.agreedAt = agreedAt;
		this.aggregateSequence = aggregateSequence;
		this.sample = sample;
	}

	public UUID getDirectionId() {
		return directionId;
	}

	public UUID getProtocolId() {
		return protocolId;
	}

	public LocalizedText getTitle() {
		return TextColumns.toText(title);
	}

	public Instant getAgreedAt() {
		return agreedAt;
	}

	public long getAggregateSequence() {
		return aggregateSequence;
	}

	public boolean isSample() {
		return sample;
	}

}
