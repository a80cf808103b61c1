package org.cooperation.tracker.query.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.health.CommandSideTables;
import org.cooperation.tracker.testing.DocumentedAnswers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Real answers of every query API operation held to the OpenAPI document the application
 * serves ({@link DocumentedAnswers}), on the Tashkent story's read models: each read as a
 * reader with the role it needs asks it (the story's records where the path names one, a
 * record that does not exist otherwise; the request is held to the document too unless it
 * lacks a required query parameter), each write as an official who may not make it, then
 * each with an unknown query parameter, and signed out. The records of the initiatives'
 * own programmes are answered through the end-to-end tests; here their operations answer
 * 404 problems, which must be as documented too.
 */
class OpenApiAnswersTest extends QuerySideTestBase {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	private static final Map<String, String> VALUES = Map.ofEntries(
			Map.entry("initiativeId", Fixtures.CALENDAR.value().toString()),
			Map.entry("protocolId", Fixtures.TASHKENT.value().toString()),
			Map.entry("directionId", Fixtures.CULTURAL_EXCHANGE.value().toString()),
			Map.entry("reportId", Fixtures.KZ_REPORT.value().toString()), Map.entry("country", "KZ"),
			Map.entry("holder", "KZ"), Map.entry("receiver", "KG"), Map.entry("year", "2026"), Map.entry("size", "1"),
			Map.entry("version", "1"), Map.entry("processor", "no-such-processor"));

	@Test
	void everyOperationAnswersAsItsDocumentSays() throws Exception {
		CommandSideTables.createEventTableOnce(database());
		recordTheTashkentStory();
		String document = mvc.perform(request(HttpMethod.GET, "/v3/api-docs"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		DocumentedAnswers answers = new DocumentedAnswers(document);
		for (String[] operation : operations(document)) {
			String method = operation[0];
			String path = filled(operation[1]);
			boolean read = "GET".equals(method);
			// A write is asked by an official, who may not make it: it must not start a
			// replay or retry parked events in the shared test context.
			RequestPostProcessor reader = read ? reader(operation[1]) : user("official").roles("OFFICIAL");
			String body = read ? null : "{}";
			exchange(answers, method, path, body, reader, read && !operation[2].equals("required"));
			exchange(answers, method, path + "?unknownParameter=1", body, reader, false);
			exchange(answers, method, path, body, anonymous(), false);
		}
		answers.assertEveryOperationAnsweredAsDocumented();
	}

	private void exchange(DocumentedAnswers answers, String method, String path, String body,
			RequestPostProcessor reader, boolean valid) throws Exception {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Accept-Language", "en");
		if (body != null) {
			headers.put("Content-Type", "application/json");
		}
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).with(reader);
		headers.forEach(request::header);
		if (body != null) {
			request.content(body);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			responseHeaders.put(name, response.getHeaders(name));
		}
		if (valid) {
			// MockMvc signs in without a header; the document asks for one.
			headers.put("Authorization", "Basic b2ZmaWNpYWw6ZGVtby1vZmZpY2lhbA==");
		}
		answers.check(method, path, headers, body, valid, response.getStatus(), responseHeaders,
				response.getContentAsString(StandardCharsets.UTF_8));
	}

	/**
	 * The role an address asks for: admins administer, auditors audit, officials read the
	 * rest.
	 */
	private static RequestPostProcessor reader(String template) {
		if (template.startsWith("/api/admin") || template.startsWith("/api/replays")) {
			return user("admin").roles("ADMIN");
		}
		if (template.startsWith("/api/audit")) {
			return user("auditor").roles("AUDITOR");
		}
		return user("official").roles("OFFICIAL");
	}

	private static String filled(String template) {
		Matcher variable = VARIABLE.matcher(template);
		StringBuilder path = new StringBuilder();
		while (variable.find()) {
			variable.appendReplacement(path, VALUES.getOrDefault(variable.group(1), UUID.randomUUID().toString()));
		}
		return variable.appendTail(path).toString();
	}

	private static List<String[]> operations(String document) throws Exception {
		List<String[]> operations = new ArrayList<>();
		JsonNode paths = new ObjectMapper().readTree(document).get("paths");
		for (Iterator<Map.Entry<String, JsonNode>> path = paths.fields(); path.hasNext();) {
			Map.Entry<String, JsonNode> each = path.next();
			each.getValue().fields().forEachRemaining((method) -> {
				boolean required = method.getValue()
					.path("parameters")
					.findValues("required")
					.stream()
					.anyMatch(JsonNode::asBoolean);
				operations.add(new String[] { method.getKey().toUpperCase(Locale.ROOT), each.getKey(),
						required && method.getValue().path("parameters").toString().contains("\"query\"") ? "required"
								: "" });
			});
		}
		return operations;
	}

}
