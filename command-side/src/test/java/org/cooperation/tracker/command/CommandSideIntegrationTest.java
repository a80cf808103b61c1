package org.cooperation.tracker.command;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import org.cooperation.tracker.testing.ApplicationOverHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side running for real on a real PostgreSQL, over real HTTP, with its demo
 * accounts and rate limits no test reaches (RateLimitTest tests them). Subclasses share
 * one application context and one database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tracker.access.rate-limit.per-minute=600000", "tracker.access.rate-limit.burst=10000",
				"tracker.access.failed-sign-ins.burst=10000" })
public abstract class CommandSideIntegrationTest extends ApplicationOverHttp {

	/**
	 * The Tashkent protocol of the README's story: five members, one guest, one
	 * direction.
	 */
	protected static final String TASHKENT_PROTOCOL = """
			{"meetingDate":"2025-11-14","place":"Tashkent",
			 "meetingTitle":{"en":"First meeting of the culture ministers of Central Asia"},
			 "parties":[{"country":"KZ","role":"MEMBER"},{"country":"UZ","role":"MEMBER"},
			            {"country":"KG","role":"MEMBER"},{"country":"TJ","role":"MEMBER"},
			            {"country":"TM","role":"MEMBER"},{"country":"AZ","role":"HONORARY_GUEST"}],
			 "directions":[{"title":{"en":"Cultural events"}}]}""";

	protected long storedEvents() {
		return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
	}

	/**
	 * An HTTP client signed in as one of the demo accounts (password
	 * {@code demo-<name>}); answers of every status are returned, not thrown.
	 */
	protected RestClient signedInAs(String user) {
		return RestClient.builder()
			.defaultHeader("Accept-Language", "en")
			.baseUrl(baseUrl())
			.defaultHeaders((headers) -> headers.setBasicAuth(user, "demo-" + user))
			.defaultStatusHandler((status) -> true, (req, res) -> {
			})
			.build();
	}

	/**
	 * Sends a request as one of the demo accounts, with a JSON body (none when null); the
	 * answer, of every status, read as JSON.
	 */
	protected ResponseEntity<JsonNode> sendAs(String user, HttpMethod method, String path, String body) {
		return send(signedInAs(user), method, path, body);
	}

	/** Sends a request with that client, as {@link #sendAs} does. */
	protected static ResponseEntity<JsonNode> send(RestClient client, HttpMethod method, String path, String body) {
		RestClient.RequestBodySpec request = client.method(method).uri(path);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.retrieve().toEntity(JsonNode.class);
	}

	/**
	 * Sends a request as {@code user} that must be refused with this status and a problem
	 * whose detail contains the text and that shows nothing internal, leaving the event
	 * store as it was; returns the answer for checks of the caller's own.
	 */
	protected ResponseEntity<JsonNode> refused(String user, String method, String path, String body, int status,
			String detail) {
		long before = storedEvents();
		ResponseEntity<JsonNode> answer = sendAs(user, HttpMethod.valueOf(method), path, body);
		assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(status);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getBody().get("detail").asText()).contains(detail);
		assertThat(answer.getBody().toString()).doesNotContain("Exception").doesNotContain("INSERT");
		assertThat(storedEvents()).isEqualTo(before);
		return answer;
	}

	/**
	 * Checks that the answer made a record: 201 with the Location {@code location}
	 * followed by the id the answer names in {@code idField}; returns that id.
	 */
	protected static String created(ResponseEntity<JsonNode> answer, String idField, String location) {
		assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(201);
		String id = answer.getBody().get(idField).asText();
		assertThat(answer.getHeaders().getLocation()).hasToString(location + id);
		return id;
	}

	protected String baseUrl() {
		return "http://localhost:" + port;
	}

}
