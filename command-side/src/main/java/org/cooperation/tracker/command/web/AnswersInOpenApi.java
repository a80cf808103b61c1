package org.cooperation.tracker.command.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.HandlerMethod;

import org.cooperation.tracker.access.api.ApiContract;

/**
 * Documents the status a write really answers with, which springdoc cannot see in a
 * {@code ResponseEntity}: the command API's convention is that a POST answering a
 * {@code ResponseEntity} records something new (201 Created with its Location, built by
 * {@link Requests#created}), and any other write answering {@code ResponseEntity<Void>}
 * has nothing to say (204). Every write may name a record that is not recorded (422, as
 * {@link org.cooperation.tracker.command.refusal.UnknownReference}).
 * {@code OpenApiAnswersTest} holds every real answer to the document, so the convention
 * cannot silently break.
 */
@Component
class AnswersInOpenApi implements OperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		if (AnnotatedElementUtils.hasAnnotation(handler.getMethod(), GetMapping.class)) {
			return operation;
		}
		ApiResponses responses = operation.getResponses();
		responses.addApiResponse("422", ApiContract.problemResponse("A record the request names (in its path or "
				+ "body) is not recorded, or its Idempotency-Key was used for a different request"));
		if (!ResponseEntity.class.equals(handler.getMethod().getReturnType())) {
			return operation;
		}
		ApiResponse ok = responses.remove("200");
		boolean empty = ResolvableType.forMethodReturnType(handler.getMethod())
			.getGeneric(0)
			.toClass()
			.equals(Void.class);
		if (AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PostMapping.class)) {
			ApiResponse created = new ApiResponse().description("Recorded; Location names the new record")
				.addHeaderObject(HttpHeaders.LOCATION,
						new Header().description("The new record's path").schema(new StringSchema()));
			if (!empty && ok != null) {
				created.setContent(ok.getContent());
			}
			responses.addApiResponse("201", created);
		}
		else if (empty) {
			responses.addApiResponse("204", new ApiResponse().description("Done; nothing to answer"));
		}
		else if (ok != null) {
			responses.addApiResponse("200", ok);
		}
		return operation;
	}

}
