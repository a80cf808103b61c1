package org.cooperation.tracker.query.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Documents the answers of an endpoint that looks something up: the value found, or a
 * problem. Declaring any response replaces springdoc's default one, hence the 200 here.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(responseCode = "200", description = "Found", useReturnTypeSchema = true)
@LookupProblems
public @interface ProblemResponses {

}
