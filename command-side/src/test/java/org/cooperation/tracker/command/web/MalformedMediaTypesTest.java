package org.cooperation.tracker.command.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.command.CommandSideIntegrationTest;
import org.cooperation.tracker.command.web.WriteEndpoints.Endpoint;
import org.cooperation.tracker.testing.BadInputTally;
import org.cooperation.tracker.testing.MediaTypeCases;
import org.cooperation.tracker.testing.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed Content-Type and Accept headers on every write endpoint of the command side
 * and on its reads, over real HTTP ({@link MediaTypeCases}): each is a 4xx problem+json
 * in the tracker's words and records nothing. A write whose Accept admits no JSON is
 * refused before it runs (it used to be recorded and then answered 406). Well-formed
 * headers that are merely unusual still work.
 */
class MalformedMediaTypesTest extends CommandSideIntegrationTest {

	private static final String PROTOCOL = """
			{"meetingDate":"2025-11-14","place":"Tashkent","meetingTitle":{"en":"Media type meeting"},
			 "parties":[{"country":"KZ","role":"MEMBER"},{"country":"KG","role":"MEMBER"}],
			 "directions":[{"title":{"en":"One"}}]}""";

	long recorded() {
		return storedEvents();
	}

	/**
	 * The headers are read before the address is: records need not exist, so the ids in
	 * the paths are new ones.
	 */
	@Test
	void everyMalformedContentTypeOrAcceptOnEveryEndpointIsA4xxProblemInTheTrackersWords() {
		RawHttp http = new RawHttp(port);
		BadInputTally tally = new BadInputTally("command side, media types", this::recorded);
		List<String> frameworkWords = new ArrayList<>();
		for (Endpoint endpoint : WriteEndpoints.all()) {
			frameworkWords.addAll(MediaTypeCases.checkWrite(tally, http, endpoint.method(),
					WriteEndpoints.withNewIds(endpoint.path()), endpoint.user(),
					(endpoint.body() != null) ? WriteEndpoints.withNewIds(endpoint.body()) : null));
		}
		frameworkWords.addAll(MediaTypeCases.checkRead(tally, http, "/api/admin/users", "admin", false));
		frameworkWords.addAll(MediaTypeCases.checkRead(tally, http, "/api/admin/users", null, false));
		tally.check("GET /api/admin/users Accept: text/csv", 406,
				() -> http.request("GET", "/api/admin/users")
					.basic("admin", "demo-admin")
					.header("Accept", "text/csv")
					.send());
		tally.check("POST /api/protocols as text/plain", 415,
				() -> http.request("POST", "/api/protocols")
					.basic("secretariat", "demo-secretariat")
					.body("text/plain", PROTOCOL.getBytes(StandardCharsets.UTF_8))
					.send());
		tally.check("POST /api/protocols without a Content-Type", 415,
				() -> http.request("POST", "/api/protocols")
					.basic("secretariat", "demo-secretariat")
					.body(null, PROTOCOL.getBytes(StandardCharsets.UTF_8))
					.send());
		tally.assertAllRefused(1_000);
		assertThat(frameworkWords).as("answers in the framework's words").isEmpty();
	}

	@Test
	void theTrackersOwnWordsSayWhatIsWrong() {
		RawHttp http = new RawHttp(port);
		assertThat(send(http, "application/*", null).body())
			.contains("the Content-Type 'application/*' is a range of media types; name the body's own type, such as "
					+ "application/json");
		assertThat(send(http, "application/json", "*/*;q=abc").body())
			.contains("the quality value q=abc is not a number from 0 to 1 with at most three decimals");
		assertThat(send(http, "application/json", "text/csv").body())
			.contains("the tracker answers a write with application/json, and the Accept header admits no JSON; "
					+ "nothing was done");
		assertThat(send(http, "text/plain", null).body())
			.contains("a request body sent as 'text/plain' is not read here; send it as JSON, with Content-Type: "
					+ "application/json");
		assertThat(http.request("GET", "/api/admin/users")
			.basic("admin", "demo-admin")
			.header("Accept", "text/csv")
			.send()
			.body()).contains("this address answers only as application/json");
	}

	@Test
	void wellFormedButUnusualHeadersStillWork() {
		RawHttp http = new RawHttp(port);
		for (String[] headers : new String[][] { { "application/json; charset=\"UTF-8\"", "application/json" },
				{ "Application/JSON;", "application/json;q=0.9, */*;q=0.1" }, { "application/json", "" },
				{ "application/json;charset=utf-8", "text/html, application/*;q=0.2" },
				{ "application/json", "text/html, application/json;q=0.5" } }) {
			long before = storedEvents();
			RawHttp.Reply reply = send(http, headers[0], headers[1]);
			assertThat(reply.status()).as(String.join(" | ", headers) + " " + reply.body()).isEqualTo(201);
			assertThat(reply.contentType()).startsWith("application/json");
			assertThat(storedEvents()).isGreaterThan(before);
		}
		RawHttp.Reply twoAccepts = http.request("POST", "/api/protocols")
			.basic("secretariat", "demo-secretariat")
			.json(PROTOCOL)
			.header("Accept", "text/html")
			.repeatedHeader("Accept", "application/json")
			.send();
		assertThat(twoAccepts.status()).as("Accept headers are one list").isEqualTo(201);
	}

	@Test
	void noAnswerOfTheCommandSideSetsACookie() {
		RawHttp http = new RawHttp(port);
		RawHttp.Reply written = send(http, "application/json", null);
		assertThat(written.status()).isEqualTo(201);
		assertThat(written.header("Set-Cookie")).isNull();
		assertThat(http.request("GET", "/api/admin/users").send().header("Set-Cookie")).isNull();
		assertThat(http.request("GET", "/swagger-ui/index.html").send().header("Set-Cookie")).isNull();
	}

	private RawHttp.Reply send(RawHttp http, String contentType, String accept) {
		RawHttp.Request request = http.request("POST", "/api/protocols")
			.basic("secretariat", "demo-secretariat")
			.body(contentType, PROTOCOL.getBytes(StandardCharsets.UTF_8));
		return (accept != null) ? request.header("Accept", accept).send() : request.send();
	}

}
