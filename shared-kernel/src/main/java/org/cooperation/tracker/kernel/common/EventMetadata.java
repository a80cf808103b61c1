package org.cooperation.tracker.kernel.common;

/**
 * Keys of the metadata every event carries, set by the command side from the request that
 * caused it, so the history says who did what, from where, as part of which request.
 */
public final class EventMetadata {

	/** Who acted: the signed-in user's name, or "demo-data" for the demo loader. */
	public static final String ACTOR = "actor";

	/**
	 * The actor's role: a {@code kernel.access.Role} name (SECRETARIAT, LIAISON, ...,
	 * SYSTEM).
	 */
	public static final String ACTOR_ROLE = "actorRole";

	/** The country a liaison acts for; absent for every other role. */
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
