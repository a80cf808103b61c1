package org.cooperation.tracker.query.audit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event exactly as the event store holds it. The API's pages and the NDJSON export
 * write these fields, in this order.
 *
 * @param globalIndex its position in the store
 * @param eventId the event's own id
 * @param aggregateType the kind of record it belongs to (Protocol, Initiative, ...)
 * @param aggregateId the record's id
 * @param sequenceNumber its place in that record's history (0 first); the record's
 * version after it
 * @param timestamp when it was recorded (ISO-8601, UTC), as stored
 * @param payloadType the event type
 * @param payloadRevision the event type's revision
 * @param metadata who, in which role and country, from where, under which correlation id;
 * parsed from the stored bytes (null when they are none or no JSON)
 * @param payload the event's content, parsed from the stored bytes (null when they are no
 * JSON)
 * @param sha256 SHA-256 over the stored payload and metadata bytes, to compare with an
 * earlier export
 * @param storedPayload the payload's stored bytes, base64: what a verifier hashes, since
 * parsing and writing JSON again need not give the same bytes
 * @param storedMetadata the metadata's stored bytes, base64 (null when none are stored)
 */
@JsonPropertyOrder({ "globalIndex", "eventId", "aggregateType", "aggregateId", "sequenceNumber", "timestamp",
		"payloadType", "payloadRevision", "metadata", "payload", "sha256", "storedPayload", "storedMetadata" })
public record StoredEvent(long globalIndex, String eventId, String aggregateType, String aggregateId,
		long sequenceNumber, String timestamp, String payloadType, String payloadRevision, JsonNode metadata,
		JsonNode payload, String sha256, String storedPayload, String storedMetadata) {

	/** A metadata entry as text, or null when the event has none of that name. */
	public String meta(String key) {
		if (metadata == null || !metadata.hasNonNull(key)) {
			return null;
		}
		JsonNode value = metadata.get(key);
		return value.isValueNode() ? value.asText() : value.toString();
	}

}
