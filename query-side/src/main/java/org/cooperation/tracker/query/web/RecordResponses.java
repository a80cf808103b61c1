package org.cooperation.tracker.query.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Documents the answers of an endpoint that shows one record: the record with its version
 * as ETag (weak, with a header saying why, while events of it are parked), 304 when
 * If-None-Match names that version, or a problem.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(responseCode = "200", description = "Found", useReturnTypeSchema = true, headers = {
		@Header(name = "ETag",
				description = "The record's version; send it as If-Match with a change on the command side. Weak "
						+ "(W/\"4\") while the view is incomplete (see " + VersionEtag.INCOMPLETE + "): a weak "
						+ "ETag guards no write, the command side answers it with 412",
				schema = @Schema(type = "string", example = "\"4\"")),
		@Header(name = VersionEtag.INCOMPLETE,
				description = "Only when the view is incomplete: events of the record that a projection could not "
						+ "apply are parked until an admin retries them, and this view lacks them. Says how many.",
				schema = @Schema(type = "string",
						example = "1 event of this record could not be applied and awaits a retry by an admin")) })
@ApiResponse(responseCode = "304", description = "Not modified: If-None-Match names the record's current version")
@LookupProblems
public @interface RecordResponses {

}
