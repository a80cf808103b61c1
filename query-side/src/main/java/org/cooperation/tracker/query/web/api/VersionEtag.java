package org.cooperation.tracker.query.web.api;

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
		return ResponseEntity.ok().eTag(of(record.version())).body(record.view());
	}

	static String of(long version) {
		return "\"" + version + "\"";
	}

}
