package org.cooperation.tracker.query.web;

/**
 * A feature's REST controller that shows records: its query service, and the ETags the
 * records are answered with ({@link VersionEtag#answer}). Held here once, so each
 * controller states only its endpoints.
 *
 * @param <Q> the feature's query service
 */
public abstract class RecordApi<Q> {

	protected final Q queries;

	protected final VersionEtag etags;

	protected RecordApi(Q queries, VersionEtag etags) {
		this.queries = queries;
		this.etags = etags;
	}

}
