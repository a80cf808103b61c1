package org.cooperation.tracker.query.access;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.testing.BadInputTally;
import org.cooperation.tracker.testing.MediaTypeCases;
import org.cooperation.tracker.testing.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed Content-Type and Accept headers on the query side, over real HTTP
 * ({@link MediaTypeCases}): on the API, on dashboard pages (signed in and out), on the
 * sign-in form's post and on the one API write (an admin's dead-letter retry). Each is a
 * 4xx problem+json in the tracker's words (a page may answer with its error page), never
 * an empty answer or a 500, and nothing changes.
 */
class MalformedMediaTypesTest extends QuerySideOverHttp {

	private static final String SIGN_IN_FORM = "username=official&password=demo-official";

	String recorded() {
		return jdbc.queryForObject("SELECT (SELECT count(*) FROM deadletterentry) || ',' || "
				+ "(SELECT md5(string_agg(username || password_hash || enabled, ',' ORDER BY username)) FROM tracker_user)",
				String.class);
	}

	@Test
	void everyMalformedContentTypeOrAcceptIsA4xxProblemInTheTrackersWords() {
		RawHttp http = new RawHttp(port);
		BadInputTally tally = new BadInputTally("query side, media types", this::recorded);
		List<String> frameworkWords = new ArrayList<>();
		frameworkWords.addAll(MediaTypeCases.checkRead(tally, http, "/api/protocols", "official", false));
		frameworkWords.addAll(MediaTypeCases.checkRead(tally, http, "/api/protocols", null, false));
		frameworkWords.addAll(MediaTypeCases.checkRead(tally, http, "/", "official", true));
		frameworkWords.addAll(MediaTypeCases.checkRead(tally, http, "/login", null, true));
		frameworkWords.addAll(MediaTypeCases.checkWrite(tally, http, "POST",
				"/api/admin/dead-letters/initiatives/retry", "admin", null));
		for (Map.Entry<String, Integer> type : MediaTypeCases.CONTENT_TYPES.entrySet()) {
			tally.check("POST /login Content-Type: " + type.getKey(), type.getValue(),
					() -> http.request("POST", "/login")
						.body(type.getKey(), SIGN_IN_FORM.getBytes(StandardCharsets.UTF_8))
						.send());
		}
		tally.check("POST /login as x-www-form-urlencoded; charset=nope", 415,
				() -> http.request("POST", "/login")
					.body("application/x-www-form-urlencoded; charset=nope",
							SIGN_IN_FORM.getBytes(StandardCharsets.UTF_8))
					.send());
		tally.check("GET /api/protocols Accept: text/csv", 406,
				() -> http.request("GET", "/api/protocols")
					.basic("official", "demo-official")
					.header("Accept", "text/csv")
					.send());
		tally.assertAllRefused(190);
		assertThat(frameworkWords).as("answers in the framework's words").isEmpty();
	}

	@Test
	void aReadTheApiCannotAnswerAsAskedSaysSoInTheTrackersWords() {
		RawHttp.Reply reply = new RawHttp(port).request("GET", "/api/protocols")
			.basic("official", "demo-official")
			.header("Accept", "text/csv")
			.send();
		assertThat(reply.status()).isEqualTo(406);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.body()).contains("this address answers only as application/json");
	}

	@Test
	void wellFormedButUnusualHeadersStillWork() {
		RawHttp http = new RawHttp(port);
		for (String accept : new String[] { "", "application/json;q=0.5, text/html", "*/*;q=0.001",
				"application/json, , ," }) {
			RawHttp.Reply reply = http.request("GET", "/api/protocols")
				.basic("official", "demo-official")
				.header("Accept", accept)
				.send();
			assertThat(reply.status()).as(accept).isEqualTo(200);
		}
		RawHttp.Reply page = http.request("GET", "/")
			.basic("official", "demo-official")
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.send();
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
	}

	/**
	 * A page asked for in a type it is not written in: the page or a refusal, never an
	 * empty answer.
	 */
	@Test
	void aPageAskedForAsJsonOrCsvIsNeverAnEmptyAnswer() {
		RawHttp http = new RawHttp(port);
		for (String accept : new String[] { "application/json", "text/csv", "image/png" }) {
			for (String path : new String[] { "/", "/login" }) {
				RawHttp.Reply reply = http.request("GET", path)
					.basic("official", "demo-official")
					.header("Accept", accept)
					.send();
				System.out
					.println("Page " + path + " as " + accept + ": " + reply.status() + " " + reply.contentType());
				assertThat(reply.status()).as(path + " as " + accept).isLessThan(500);
				assertThat(reply.contentType()).as(path + " as " + accept).isNotEmpty();
				assertThat(reply.body()).as(path + " as " + accept).isNotBlank();
			}
		}
	}

}
