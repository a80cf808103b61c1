package org.cooperation.tracker.query.initiative.web;

import org.springframework.web.util.UriComponentsBuilder;

import org.cooperation.tracker.query.matrix.MatrixFilter;

/**
 * The status matrix's filter as the matrix page and its downloads receive it in the query
 * string: {@code direction} (a direction's id), {@code kind}, {@code status} and
 * {@code sort} (PROPOSED, TITLE or KIND), any letter case, each optional.
 */
record MatrixAsked(String direction, String kind, String status, String sort) {

	/** The filter asked for; a value that names nothing is refused with a 400 page. */
	MatrixFilter filter() {
		return MatrixFilter.of(direction, kind, status, sort);
	}

	/** The address of {@code path} with the same filter, as the page's links carry it. */
	static String withFilter(String path, MatrixFilter filter) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		if (filter.directionId() != null) {
			uri.queryParam("direction", filter.directionId());
		}
		if (filter.kind() != null) {
			uri.queryParam("kind", filter.kind().name());
		}
		if (filter.status() != null) {
			uri.queryParam("status", filter.status().name());
		}
		if (filter.order() != MatrixFilter.Order.PROPOSED) {
			uri.queryParam("sort", filter.order().name());
		}
		return uri.build().toUriString();
	}

}
