package org.cooperation.tracker.query.ledger;

import java.util.Base64;

/**
 * One line of the ledger's NDJSON export: a sealed leaf with the hashes sealed for it and
 * the event that stands at its position now, its stored bytes in base64 so that the
 * verifier hashes exactly what the database holds. A leaf whose event is gone has no
 * line. (Another export of the history may exist beside this one; this is the format the
 * offline verifier reads.)
 *
 * @param leafIndex the leaf, 0 first, in tree order
 * @param globalIndex the event's position in the event table
 * @param eventId the event's identifier
 * @param aggregateType the record's kind, or null
 * @param aggregateId the record's identifier
 * @param sequenceNumber the event's place in its record
 * @param timestamp when it was recorded, as stored
 * @param payloadType the event's type
 * @param payloadRevision the type's revision, or null
 * @param payload the stored payload bytes, base64
 * @param metadata the stored metadata bytes, base64, or null
 * @param leafHash the leaf hash sealed for this leaf, base64
 * @param payloadHash the payload's SHA-256 sealed for this leaf, base64
 * @param metadataHash the metadata's SHA-256 sealed for this leaf, base64, or null
 */
public record ExportLine(long leafIndex, long globalIndex, String eventId, String aggregateType, String aggregateId,
		long sequenceNumber, String timestamp, String payloadType, String payloadRevision, String payload,
		String metadata, String leafHash, String payloadHash, String metadataHash) {

	static ExportLine of(long leafIndex, EventLeaf event, byte[] leafHash, byte[] payloadHash, byte[] metadataHash) {
		return new ExportLine(leafIndex, event.globalIndex(), event.eventId(), event.aggregateType(),
				event.aggregateId(), event.sequenceNumber(), event.timestamp(), event.payloadType(),
				event.payloadRevision(), encode(event.payload()), encode(event.metadata()), encode(leafHash),
				encode(payloadHash), encode(metadataHash));
	}

	/** The event as the line gives it. */
	public EventLeaf event() {
		return new EventLeaf(globalIndex, eventId, aggregateType, aggregateId, sequenceNumber, timestamp, payloadType,
				payloadRevision, decode(payload), decode(metadata));
	}

	static String encode(byte[] bytes) {
		return (bytes == null) ? null : Base64.getEncoder().encodeToString(bytes);
	}

	static byte[] decode(String base64) {
		return (base64 == null) ? null : Base64.getDecoder().decode(base64);
	}

}
