package org.cooperation.tracker.command.concurrency;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents If-Match, and the 412 it can bring, on every write of an existing record, so
 * that clients find it in the OpenAPI document and not only in the README.
 */
@Component
class IfMatchInOpenApi implements OperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		if (AnnotatedElementUtils.hasAnnotation(handler.getMethod(), GetMapping.class)
				|| handler.hasMethodAnnotation(CreatesRecord.class)) {
			return operation;
		}
		operation.addParametersItem(new HeaderParameter().name(HttpHeaders.IF_MATCH)
			.required(false)
			.description("The record's ETag as the query side gives it, such as \"4\": the write is refused "
					+ "with 412 unless the record is still at that version. A weak ETag (W/\"4\"), which the query "
					+ "side gives while its view of the record is incomplete, is always 412. * or none: no check.")
			.schema(new StringSchema().example("\"4\"")));
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		operation.getResponses()
			.addApiResponse("412", new ApiResponse()
				.description("The record is no longer at the version If-Match names (problem+json); read it again"));
		return operation;
	}

}
