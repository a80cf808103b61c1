package org.cooperation.tracker.query.web;

import io.swagger.v3.oas.annotations.Parameter;
import org.springdoc.core.annotations.ParameterObject;

/**
 * The {@code page} and {@code size} query parameters of a list the API answers, either of
 * which may be absent: one declaration for every list, described once in the OpenAPI
 * document. {@link PageAskedResolver} reads them as
 * {@code @RequestParam(required = false)} would, so a value that is no number is refused
 * with the same 400.
 *
 * @param page which page, from 0
 * @param size how many entries a page holds
 */
@ParameterObject
public record PageAsked(@Parameter(description = Paging.PAGE) Integer page,
		@Parameter(description = Paging.SIZE) Integer size) {

	/** The paging asked for; refused when out of range. */
	public Paging paging() {
		return Paging.of(this.page, this.size);
	}

}
