package org.cooperation.tracker.query.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ProblemDetail;

/**
 * Documents the answers of an endpoint that looks something up: the value found, or a
 * problem. Declaring any response replaces springdoc's default one, hence the 200 here.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(responseCode = "200", description = "Found", useReturnTypeSchema = true)
@ApiResponse(responseCode = "400", description = "Malformed id or unknown country code",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "Nothing recorded under that id",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
public @interface ProblemResponses {

}
