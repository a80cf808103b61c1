package org.cooperation.tracker.query.deadletter;

import java.time.Instant;

/**
 * One event a projection could not apply, as an admin sees it.
 *
 * @param processor the processing group (read model) that failed on it
 * @param sequence the sequence it holds up (the aggregate's id): later events of the same
 * aggregate wait behind it, others go on
 * @param eventId the event's identifier in the event store
 * @param eventType the event's payload type
 * @param aggregateId the aggregate that recorded it
 * @param aggregateSequence its sequence number within the aggregate
 * @param causeType the failure's exception type
 * @param causeMessage the failure's message
 * @param failedAttempts how often applying it has failed
 * @param parkedAt when it was first parked
 * @param lastAttempt when it was last tried
 */
public record ParkedEvent(String processor, String sequence, String eventId, String eventType, String aggregateId,
		Long aggregateSequence, String causeType, String causeMessage, int failedAttempts, Instant parkedAt,
		Instant lastAttempt) {

}
