package org.cooperation.tracker.kernel.common;

/**
 * Keys of the metadata every event carries, set by the command side from the request that
 * caused it, so the history says who did what, from where, as part of which request.
 */
public final class EventMetadata {

	/** Who acted: a user name, or "anonymous" until sign-in exists. */
	public static final String ACTOR = "actor";

	/** The actor's role (SECRETARIAT, LIAISON, ...), or "UNAUTHENTICATED". */
	public static final String ACTOR_ROLE = "actorRole";

	/** The country the actor acts for, when there is one. */
	public static final String ACTOR_COUNTRY = "actorCountry";

	/**
	 * One id for everything one request caused; echoed in the X-Correlation-Id header.
	 */
	public static final String CORRELATION_ID = "correlationId";

	/** Where the request came from (the client address). */
	public static final String ORIGIN = "origin";

	/** "true" on events the demo data loader wrote: sample values, not reported facts. */
	public static final String SAMPLE = "sample";

	private EventMetadata() {
	}

}
