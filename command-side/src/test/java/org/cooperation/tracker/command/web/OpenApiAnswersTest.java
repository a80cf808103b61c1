package org.cooperation.tracker.command.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.command.CommandSideIntegrationTest;
import org.cooperation.tracker.command.web.WriteEndpoints.Endpoint;
import org.cooperation.tracker.testing.DocumentedAnswers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real answers of every command API operation, over real HTTP, held to the OpenAPI
 * document the application serves ({@link DocumentedAnswers}): each write of
 * {@link WriteEndpoints} as its caller sends it (the request is held to the document
 * too), then refused ones: a malformed body, a caller without the role, no credentials,
 * an unknown query parameter, a record that does not exist.
 */
class OpenApiAnswersTest extends CommandSideIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	private DocumentedAnswers answers;

	@Test
	void everyOperationAnswersAsItsDocumentSays() throws Exception {
		answers = new DocumentedAnswers(http
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body());
		Map<String, String> ids = records();
		exchange("secretariat", "GET",
				"/api/initiatives/" + ids.get("MKT") + "/marketplace/listings/" + ids.get("M") + "/contact", null,
				true);
		exchange("admin", "GET", "/api/admin/users", null, true);
		for (Endpoint endpoint : WriteEndpoints.all()) {
			String path = WriteEndpoints.resolve(endpoint.path(), ids);
			String body = (endpoint.body() != null) ? WriteEndpoints.resolve(endpoint.body(), ids) : null;
			exchange(endpoint.user(), endpoint.method(), path, body, true);
			exchange(endpoint.user(), endpoint.method(), path, (body != null) ? "{\"unknown\":1}" : "{}", false);
			exchange(endpoint.user(), endpoint.method(), path + "?dryRun=true", body, false);
			exchange(null, endpoint.method(), path, body, false);
			exchange("official", endpoint.method(), path, body, false);
			exchange(endpoint.user(), endpoint.method(), WriteEndpoints.withNewIds(endpoint.path()), body, false);
		}
		exchange("secretariat", "GET",
				"/api/initiatives/" + ids.get("MKT") + "/marketplace/listings/" + ids.get("M") + "/contact", null,
				true);
		imports(ids.get("CAL"));
		answers.assertEveryOperationAnsweredAsDocumented();
		assertThat(http
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/admin/users"))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString("auditor:demo-auditor".getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode())
			.as("the demo auditor, whom other tests of this context sign in as, still signs in (403, not 401)")
			.isEqualTo(403);
	}

	/**
	 * The CSV import: its template, a file filed, the same file refused with an error in
	 * a line, and without credentials.
	 */
	private void imports(String initiative) throws Exception {
		exchange("liaison-kg", "GET", "/api/imports/progress-reports/template", null, true);
		String header = "initiative_id,country,percent,as_of,note,evidence\r\n";
		String file = header + initiative + ",KG,35,2025-12-15,Answers checked,\r\n";
		Map<String, String> csv = Map.of("Content-Type", "text/csv;charset=UTF-8", "Idempotency-Key",
				"csv-answers-" + UUID.randomUUID());
		exchange("liaison-kg", "POST", "/api/imports/progress-reports", csv, file, true);
		exchange("liaison-kg", "POST", "/api/imports/progress-reports", csv, file.replace(",35,", ",135,"), false);
		exchange(null, "POST", "/api/imports/progress-reports", csv, file, false);
		exchange("liaison-kg", "GET", "/api/imports/calendar-submissions/template", null, true);
		String event = "initiative_id,country,edition_year,title_kk,title_ru,title_en,type,city,start_date,end_date,"
				+ "organiser,link,description_kk,description_ru,description_en\r\n" + initiative
				+ ",KG,2026,,,Answers checked,FESTIVAL,Bishkek,2026-05-01,2026-05-02,Ministry,,,,\r\n";
		exchange("liaison-kg", "POST", "/api/imports/calendar-submissions", csv, event, true);
		exchange("liaison-kg", "POST", "/api/imports/calendar-submissions", csv, event.replace("FESTIVAL", "X"), false);
	}

	private void exchange(String user, String method, String path, String body, boolean valid) throws Exception {
		exchange(user, method, path, (body != null) ? Map.of("Content-Type", "application/json") : Map.of(), body,
				valid);
	}

	private void exchange(String user, String method, String path, Map<String, String> given, String body,
			boolean valid) throws Exception {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Accept-Language", "en");
		if (user != null) {
			headers.put("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":demo-" + user).getBytes(StandardCharsets.UTF_8)));
		}
		headers.putAll(given);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		headers.forEach(request::header);
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		answers.check(method, path, headers, body, valid, response.statusCode(), response.headers().map(),
				response.body());
	}

	/**
	 * The records the table's placeholders stand for ({@link WriteEndpoints#records}),
	 * and an account of this test's own for the admin's writes.
	 */
	private Map<String, String> records() throws Exception {
		Map<String, String> ids = new HashMap<>();
		// The admin's writes reset a password and disable an account: an account of this
		// test's own, not the demo auditor whom other tests in this context sign in as.
		created("admin", "/api/admin/users", """
				{"username":"answers-auditor","password":"demo-answers-auditor","role":"AUDITOR"}""");
		ids.put("auditor", "answers-auditor");
		ids.putAll(WriteEndpoints.records(this::created));
		return ids;
	}

	private JsonNode created(String user, String path, String body) throws Exception {
		Map<String, String> headers = Map.of("Authorization",
				"Basic " + Base64.getEncoder()
					.encodeToString((user + ":demo-" + user).getBytes(StandardCharsets.UTF_8)),
				"Content-Type", "application/json");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (answers != null) {
			answers.check("POST", path, headers, body, true, response.statusCode(), response.headers().map(),
					response.body());
		}
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(201);
		return JSON.readTree(response.body());
	}

}
