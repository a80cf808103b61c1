package org.cooperation.tracker.query.web;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.query.deadletter.IncompleteRecords;
import org.cooperation.tracker.query.common.Versioned;

/**
 * A record's version as its ETag: strong, {@code "4"}, the number a write on the command
 * side sends back as If-Match, where Axon compares it with the aggregate's version.
 * <p>
 * While a projection has parked events of the record (README, "Dead letters"), the view
 * lacks them and its version stays behind the aggregate's until an admin's retry applies
 * them: a strong ETag would make every guarded write a bare 412. The record is then
 * answered with a weak ETag, {@code W/"4"}, which never matches an If-Match (RFC 9110),
 * and the {@value #INCOMPLETE} header saying so; the command side explains the 412 a weak
 * ETag brings.
 */
@Component
@RequiredArgsConstructor
public class VersionEtag {

	/** The header that says a record's view lacks events parked for a retry. */
	public static final String INCOMPLETE = "Tracker-View-Incomplete";

	/**
	 * Kept by the caller's own client only and checked with If-None-Match before each
	 * use; set here, it replaces the security layer's no-store, which would make the ETag
	 * useless to a browser.
	 */
	public static final CacheControl REVALIDATE = CacheControl.noCache().cachePrivate();

	private final IncompleteRecords incomplete;

	/**
	 * The record with its ETag. Spring MVC answers 304 Not Modified by itself when the
	 * request's If-None-Match names this ETag (weakly: {@code "4"} and {@code W/"4"} name
	 * the same view), with the headers set here.
	 */
	public <T> ResponseEntity<T> answer(Versioned<T> record) {
		long parked = incomplete.parkedEventsOf(record.aggregateId());
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok().eTag(etag(record.version(), parked));
		if (parked > 0) {
			answer.header(INCOMPLETE, notice(parked));
		}
		return answer.cacheControl(REVALIDATE).body(record.view());
	}

	/**
	 * Sets the record's ETag on a response that is always answered in full (no 304), and
	 * returns the view.
	 */
	public <T> T setOn(HttpServletResponse response, Versioned<T> record) {
		long parked = incomplete.parkedEventsOf(record.aggregateId());
		response.setHeader(HttpHeaders.ETAG, etag(record.version(), parked));
		if (parked > 0) {
			response.setHeader(INCOMPLETE, notice(parked));
		}
		return record.view();
	}

	private static String etag(long version, long parked) {
		return ((parked > 0) ? "W/" : "") + "\"" + version + "\"";
	}

	/** What the header says: plain words, for whoever looks at the answer. */
	public static String notice(long parked) {
		return (parked == 1) ? "1 event of this record could not be applied and awaits a retry by an admin"
				: parked + " events of this record could not be applied and await a retry by an admin";
	}

}
