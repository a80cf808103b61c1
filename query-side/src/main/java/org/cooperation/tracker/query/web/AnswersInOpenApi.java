package org.cooperation.tracker.query.web;

import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents what springdoc cannot see in a handler that writes its answer itself or sets
 * its status: a download's media type follows from its address's extension, as the
 * handlers write it ({@code .csv}, {@code .ndjson}, {@code .xml}, {@code .ics}); a
 * {@code @ResponseStatus} is the only success; the replay starts with 202.
 * {@code OpenApiAnswersTest} holds real answers to the document.
 */
@Component
class AnswersInOpenApi implements OperationCustomizer {

	private static final Map<String, String> DOWNLOADS = Map.of(".csv", "text/csv", ".ndjson", "application/x-ndjson",
			".xml", "application/xml", ".ics", "text/calendar");

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		ApiResponses responses = operation.getResponses();
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ResponseStatus.class);
		if (status != null && status.code() != HttpStatus.OK) {
			ApiResponse only = responses.get(String.valueOf(status.code().value()));
			responses.remove("200");
			if (only == null) {
				responses.addApiResponse(String.valueOf(status.code().value()),
						new ApiResponse().description(status.code().getReasonPhrase()));
			}
		}
		if (handler.getMethod().getName().equals("start")
				&& handler.getBeanType().getSimpleName().equals("ReplayApi")) {
			ApiResponse ok = responses.remove("200");
			responses.addApiResponse("202",
					new ApiResponse()
						.description(
								"Started; Location names the replay, whose progress GET /api/replays/{replayId} gives")
						.content((ok != null) ? ok.getContent() : null));
		}
		ApiResponse ok = responses.get("200");
		if (mapping != null && ok != null && (ok.getContent() == null || ok.getContent().isEmpty())) {
			for (String path : mapping.path()) {
				DOWNLOADS.forEach((extension, type) -> {
					if (path.endsWith(extension)) {
						ok.setContent(new Content().addMediaType(type, new MediaType().schema(new StringSchema())));
					}
				});
			}
		}
		return operation;
	}

}
