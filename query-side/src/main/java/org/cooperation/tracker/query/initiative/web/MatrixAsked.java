package org.cooperation.tracker.query.initiative.web;

import java.time.Clock;
import java.util.Locale;

import org.cooperation.tracker.query.common.QueryValues;
import org.cooperation.tracker.query.common.Moment;

import org.springframework.web.util.UriComponentsBuilder;

import org.cooperation.tracker.query.matrix.MatrixFilter;

/**
 * The status matrix's filter as the matrix page and its downloads receive it in the query
 * string: {@code direction} (a direction's id), {@code kind}, {@code status} and
 * {@code sort} (PROPOSED, TITLE or KIND), any letter case, each optional; and the moment:
 * {@code on} (a day, YYYY-MM-DD) on the time axis {@code axis} ({@code recorded}, the
 * default: as recorded by the end of that day; or {@code effective}: as in effect that
 * day), and {@code compare}, another day on the same axis whose differences the page
 * marks.
 */
record MatrixAsked(String direction, String kind, String status, String sort, String axis, String on, String compare) {

	/** The filter asked for; a value that names nothing is refused with a 400 page. */
	MatrixFilter filter() {
		return MatrixFilter.of(direction, kind, status, sort);
	}

	/** The moment asked for: now without a day. */
	Moment moment(Clock clock) {
		return when().moment(clock);
	}

	/** The moment to compare with, or null for none. */
	Moment compared(Clock clock) {
		return QueryValues.blank(compare) ? null : when().moment(compare, clock);
	}

	/** The time axis asked for: recorded unless said otherwise. */
	Moment.Axis timeAxis() {
		return when().timeAxis();
	}

	private MomentOnPage when() {
		return new MomentOnPage(axis, on);
	}

	/**
	 * The address of {@code path} with the same filter and moment, as the page's links
	 * carry them.
	 */
	String withFilterAndMoment(String path) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(withFilter(path, filter()));
		if (!QueryValues.blank(on)) {
			uri.queryParam("axis", timeAxis().name().toLowerCase(Locale.ROOT));
			uri.queryParam("on", on.strip());
		}
		return uri.build().toUriString();
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
