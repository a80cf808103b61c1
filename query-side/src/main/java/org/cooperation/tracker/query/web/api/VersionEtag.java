package org.cooperation.tracker.query.web.api;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

import org.cooperation.tracker.query.views.Versioned;

/**
 * A record's version as its strong ETag, {@code "4"}: the number a write on the command
 * side sends back as If-Match, where Axon compares it with the aggregate's version.
 */
final class VersionEtag {

	private VersionEtag() {
	}

	/**
	 * The record with its ETag. Spring MVC answers 304 Not Modified by itself when the
	 * request's If-None-Match names this ETag.
	 */
	static <T> ResponseEntity<T> answer(Versioned<T> record) {
		return ResponseEntity.ok().eTag(of(record.version())).cacheControl(REVALIDATE).body(record.view());
	}

	/**
	 * Kept by the caller's own client only and checked with If-None-Match before each
	 * use; set here, it replaces the security layer's no-store, which would make the ETag
	 * useless to a browser.
	 */
	static final CacheControl REVALIDATE = CacheControl.noCache().cachePrivate();

	static String of(long version) {
		return "\"" + version + "\"";
	}

}
