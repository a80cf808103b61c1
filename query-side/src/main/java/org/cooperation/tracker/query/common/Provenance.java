package org.cooperation.tracker.query.common;

import org.axonframework.messaging.MetaData;

import org.cooperation.tracker.kernel.common.EventMetadata;

/**
 * Who recorded an event, for which country and role, as part of which request, and
 * whether it is demo data, read from the event's metadata.
 *
 * @param actor who acted, or null when the event does not say
 * @param actorRole the actor's role, or null
 * @param actorCountry the country the actor acts for, or null
 * @param correlationId the id of the request that caused the event, or null
 * @param sample true when the demo data loader wrote the event
 */
public record Provenance(String actor, String actorRole, String actorCountry, String correlationId, boolean sample) {

	/** Provenance of an event that carries no metadata. */
	public static final Provenance UNKNOWN = new Provenance(null, null, null, null, false);

	public static Provenance of(MetaData metaData) {
		if (metaData == null || metaData.isEmpty()) {
			return UNKNOWN;
		}
		return new Provenance(text(metaData, EventMetadata.ACTOR), text(metaData, EventMetadata.ACTOR_ROLE),
				text(metaData, EventMetadata.ACTOR_COUNTRY), text(metaData, EventMetadata.CORRELATION_ID),
				isSample(metaData.get(EventMetadata.SAMPLE)));
	}

	/**
	 * The loader writes the string "true"; a serializer may hand back a boolean instead,
	 * and anything else is a reported fact, not sample data.
	 */
	static boolean isSample(Object value) {
		if (value instanceof Boolean flag) {
			return flag;
		}
		return value != null && "true".equalsIgnoreCase(value.toString().strip());
	}

	private static String text(MetaData metaData, String key) {
		Object value = metaData.get(key);
		return (value != null) ? value.toString() : null;
	}

}
