package org.cooperation.tracker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds real answers of an application to the OpenAPI document it serves, with
 * Atlassian's swagger-request-validator: each answer's status must be documented for its
 * operation, its media type and body must fit the documented schema (nullable, required,
 * types and enums included), and, for a request the test means to be valid, the request
 * must fit too. Counts which operations were answered, so a test can demand all of them.
 */
public final class DocumentedAnswers {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final OpenApiInteractionValidator validator;

	private final Map<String, Pattern> operations = new TreeMap<>();

	private final Set<String> answered = new TreeSet<>();

	private final List<String> failures = new ArrayList<>();

	private final Map<Integer, Integer> byStatus = new TreeMap<>();

	public DocumentedAnswers(String document) {
		this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
		try {
			JsonNode paths = JSON.readTree(document).get("paths");
			for (Iterator<Map.Entry<String, JsonNode>> path = paths.fields(); path.hasNext();) {
				Map.Entry<String, JsonNode> each = path.next();
				for (Iterator<String> method = each.getValue().fieldNames(); method.hasNext();) {
					String name = method.next().toUpperCase(Locale.ROOT);
					operations.put(name + " " + each.getKey(),
							Pattern.compile(Pattern.quote(each.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An exchange to hold to the document.
	 * @param method the request's method
	 * @param target path and query string, as sent
	 * @param requestHeaders the request's headers (Authorization, Content-Type...)
	 * @param requestBody the request's body, or null
	 * @param validRequest whether the request is meant to fit the document too
	 * @param status the answer's status
	 * @param responseHeaders the answer's headers
	 * @param responseBody the answer's body, or null
	 */
	public void check(String method, String target, Map<String, String> requestHeaders, String requestBody,
			boolean validRequest, int status, Map<String, List<String>> responseHeaders, String responseBody) {
		int question = target.indexOf('?');
		String path = (question < 0) ? target : target.substring(0, question);
		SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
		requestHeaders.forEach(request::withHeader);
		if (requestBody != null) {
			request.withBody(requestBody);
		}
		if (question >= 0) {
			for (String parameter : target.substring(question + 1).split("&")) {
				int equals = parameter.indexOf('=');
				String name = URLDecoder.decode((equals < 0) ? parameter : parameter.substring(0, equals),
						StandardCharsets.UTF_8);
				request.withQueryParam(name,
						(equals < 0) ? "" : URLDecoder.decode(parameter.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
		responseHeaders.forEach((name, values) -> response.withHeader(name, values));
		if (responseBody != null && !responseBody.isEmpty()) {
			response.withBody(responseBody);
		}
		else if (status == 200 && responseHeaders.keySet().stream().anyMatch("Content-Type"::equalsIgnoreCase)) {
			// An empty stream (NDJSON or CSV without lines) is an empty text, not no
			// body.
			response.withBody(" ");
		}
		Request built = request.build();
		ValidationReport report = validRequest ? validator.validate(built, response.build())
				: validator.validateResponse(path, Request.Method.valueOf(method), response.build());
		byStatus.merge(status, 1, Integer::sum);
		String operation = operation(method, path);
		if (operation != null) {
			answered.add(operation);
		}
		if (report.hasErrors()) {
			failures.add(method + " " + target + " -> " + status + ": "
					+ report.getMessages().stream().map(ValidationReport.Message::toString).toList()
					+ ((responseBody != null && responseBody.length() < 600) ? "\n      body: " + responseBody : ""));
		}
	}

	/**
	 * The document's operation the request reached: of those that match, the most
	 * literal.
	 */
	private String operation(String method, String path) {
		return operations.entrySet()
			.stream()
			.filter((each) -> each.getKey().startsWith(method + " ") && each.getValue().matcher(path).matches())
			.max(Comparator
				.comparingInt((Map.Entry<String, Pattern> each) -> each.getKey().replaceAll("\\{[^}]+}", "").length()))
			.map(Map.Entry::getKey)
			.orElse(null);
	}

	/**
	 * Fails with every answer that is not as documented, and any operation never
	 * answered.
	 */
	public void assertEveryOperationAnsweredAsDocumented() {
		Set<String> missing = new TreeSet<>(operations.keySet());
		missing.removeAll(answered);
		System.out.printf("Answers held to the OpenAPI document: %d, by status %s; operations answered %d of %d%n",
				byStatus.values().stream().mapToInt(Integer::intValue).sum(), byStatus, answered.size(),
				operations.size());
		assertThat(failures).as("answers that are not as the OpenAPI document says").isEmpty();
		assertThat(missing).as("operations of the OpenAPI document no answer was checked for").isEmpty();
	}

}
