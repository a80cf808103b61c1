package org.cooperation.tracker.query.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Documents the answers of an endpoint that downloads a CSV file ({@link CsvDownload}):
 * the file, or the problem of a lookup that found nothing to write.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(responseCode = "200", description = "The file, UTF-8 with a byte order mark, as an attachment",
		content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
@LookupProblems
public @interface CsvResponses {

}
