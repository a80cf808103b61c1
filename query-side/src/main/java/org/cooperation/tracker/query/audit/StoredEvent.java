package org.cooperation.tracker.query.audit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event exactly as the event store holds it.
 *
 * @param globalIndex its position in the store
 * @param eventId the event's own id
 * @param aggregateType the kind of record it belongs to (Protocol, Initiative, ...)
 * @param aggregateId the record's id
 * @param sequenceNumber its place in that record's history (0 first); the record's
 * version after it
 * @param timestamp when it was recorded (ISO-8601, UTC)
 * @param payloadType the event type
 * @param payloadRevision the event type's revision
 * @param metadata who, in which role and country, from where, under which correlation id
 * @param payload the event's content
 * @param sha256 SHA-256 over the stored payload and metadata bytes, to compare with an
 * earlier export
 */
public record StoredEvent(long globalIndex, String eventId, String aggregateType, String aggregateId,
		long sequenceNumber, String timestamp, String payloadType, String payloadRevision, JsonNode metadata,
		JsonNode payload, String sha256) {
}
