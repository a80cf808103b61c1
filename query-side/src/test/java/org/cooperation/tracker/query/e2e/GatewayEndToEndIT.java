package org.cooperation.tracker.query.e2e;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People's one origin: the gateway in front of both applications, as real processes on
 * real PostgreSQL. A liaison signed in through the dashboard's form writes through the
 * command side's API with the session the dashboard made (shared in the database) and its
 * CSRF token; without the token, or for another country, the command side refuses; REST
 * clients with HTTP Basic pass through the gateway exactly as before; the live stream is
 * not held back; redirects stay on the gateway's origin; a client's forwarded headers are
 * not believed.
 */
class GatewayEndToEndIT extends EndToEndTest {

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern PAGE_TOKEN = Pattern.compile("data-csrf=\"([^\"]+)\"");

	private static String calendar;

	private GatewayProcess gateway;

	@BeforeEach
	void gatewayInFront() throws Exception {
		gateway = GatewayProcess.inFrontOf(command(""), query(""));
		if (calendar == null) {
			calendar = newCalendar();
			awaitStatusMatrixRow(calendar);
		}
	}

	@Test
	void aSignedInLiaisonWritesWithTheSessionAndItsCsrfToken() throws Exception {
		Session kg = signIn("liaison-kg");
		String token = pageToken(kg);

		Raw accepted = kg.send("POST", "/api/initiatives/" + calendar + "/countries/KG/progress-reports", token,
				"{\"percent\": 15, \"note\": \"through the gateway\"}", Map.of());
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
		assertThat(accepted.header("Set-Cookie")).as("the command side never sets a cookie").isNull();
		JsonNode report = JSON.readTree(accepted.body());
		assertThat(report.get("country").asText()).isEqualTo("KG");

		// Recorded as the signed-in liaison, the same as a REST client's write.
		JsonNode history = awaitQuery("/api/initiatives/" + calendar,
				(initiative) -> initiative.toString().contains("through the gateway"));
		assertThat(history.toString()).contains("\"actor\":\"liaison-kg\"");
	}

	@Test
	void aSessionWriteWithoutTheCsrfTokenIsRefusedAndRecordsNothing() throws Exception {
		Session kg = signIn("liaison-kg");
		int before = reportsOf("KG");

		Raw refused = kg.send("POST", "/api/initiatives/" + calendar + "/countries/KG/progress-reports", null,
				"{\"percent\": 20}", Map.of());
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(JSON.readTree(refused.body()).get("detail").asText()).contains("reload the page");

		Raw forged = kg.send("POST", "/api/initiatives/" + calendar + "/countries/KG/progress-reports", "not-the-token",
				"{\"percent\": 20}", Map.of());
		assertThat(forged.status()).isEqualTo(403);
		assertThat(reportsOf("KG")).isEqualTo(before);
	}

	@Test
	void aSessionOfKyrgyzstansLiaisonCannotWriteKazakhstansRecord() throws Exception {
		Session kg = signIn("liaison-kg");
		Raw refused = kg.send("POST", "/api/initiatives/" + calendar + "/countries/KZ/progress-reports", pageToken(kg),
				"{\"percent\": 30}", Map.of("Accept-Language", "en"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(JSON.readTree(refused.body()).get("detail").asText())
			.contains("only Kazakhstan's liaison may report progress for Kazakhstan");
	}

	@Test
	void anOfficialsSessionMayNotWriteAtAll() throws Exception {
		Session official = signIn("official");
		Raw refused = official.send("PUT", "/api/initiatives/" + calendar + "/countries/KG/status",
				pageToken(official, "/status-matrix"), "{\"status\": \"AGREED\", \"effectiveOn\": \"2025-12-01\"}",
				Map.of());
		assertThat(refused.status()).isEqualTo(403);
	}

	@Test
	void restClientsWithBasicPassThroughTheGatewayAsBefore() throws Exception {
		Answer accepted = sendAs("liaison-kz", "POST",
				gateway.baseUrl() + "/api/initiatives/" + calendar + "/countries/KZ/progress-reports",
				"{\"percent\": 10}");
		assertThat(accepted.status()).isEqualTo(201);
		assertThat(accepted.headers().firstValue("Set-Cookie")).isEmpty();

		Answer notTheirs = sendAs("liaison-kg", "POST",
				gateway.baseUrl() + "/api/initiatives/" + calendar + "/countries/KZ/progress-reports",
				"{\"percent\": 10}");
		assertThat(notTheirs.status()).isEqualTo(403);

		Answer nobody = sendAs(null, "POST",
				gateway.baseUrl() + "/api/initiatives/" + calendar + "/countries/KZ/progress-reports",
				"{\"percent\": 10}");
		assertThat(nobody.status()).isEqualTo(401);

		// Reads and the query side's own API go to the query side.
		Answer matrix = sendAs("official", "GET", gateway.baseUrl() + "/api/status-matrix", null);
		assertThat(matrix.status()).isEqualTo(200);
		assertThat(matrix.body().toString()).contains(calendar);
	}

	@Test
	void aBasicClientThatAlsoSendsACookieIsJudgedByItsCredentialsAlone() throws Exception {
		Session kg = signIn("liaison-kg");
		HttpRequest.Builder wrongPassword = HttpRequest
			.newBuilder(
					URI.create(gateway.baseUrl() + "/api/initiatives/" + calendar + "/countries/KG/progress-reports"))
			.header("Cookie", kg.cookie())
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder()
						.encodeToString("liaison-kg:wrong-password".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"percent\": 40}"));
		assertThat(HTTP.send(wrongPassword.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
			.as("a session never stands in for a wrong password")
			.isEqualTo(401);
	}

	@Test
	void aSignedInLiaisonImportsACsvFileThroughTheGatewayOnceAndOnlyWithTheToken() throws Exception {
		Session kg = signIn("liaison-kg");
		Raw template = kg.get("/api/imports/progress-reports/template");
		assertThat(template.status()).as("the template is the command side's").isEqualTo(200);
		assertThat(template.body()).contains("initiative_id,country,percent,as_of,note,evidence");

		String file = "initiative_id,country,percent,as_of,note,evidence\r\n" + calendar
				+ ",KG,25,,imported through the gateway,\r\n";
		Map<String, String> csv = Map.of("Idempotency-Key", "csv-gateway-" + file.hashCode());
		Raw withoutToken = raw("POST", "/api/imports/progress-reports", kg.cookie(), "text/csv", csv, file);
		assertThat(withoutToken.status()).as(withoutToken.body()).isEqualTo(403);

		Map<String, String> withToken = new LinkedHashMap<>(csv);
		withToken.put("X-CSRF-TOKEN", pageToken(kg));
		Raw imported = raw("POST", "/api/imports/progress-reports", kg.cookie(), "text/csv", withToken, file);
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		Raw again = raw("POST", "/api/imports/progress-reports", kg.cookie(), "text/csv", withToken, file);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");

		JsonNode initiative = awaitQuery("/api/initiatives/" + calendar,
				(view) -> view.toString().contains("imported through the gateway"));
		assertThat(initiative.get("history")
			.valueStream()
			.filter((entry) -> entry.toString().contains("imported through the gateway")))
			.as("the file's one line is one report, however often it was uploaded")
			.hasSize(1);
	}

	@Test
	void signingInThroughTheGatewayStaysOnTheGatewaysOrigin() throws Exception {
		Raw form = raw("GET", "/login", null, null, Map.of());
		Raw signedIn = raw("POST", "/login", cookieOf(form), "application/x-www-form-urlencoded",
				Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https"),
				"username=official&password=demo-official&_csrf="
						+ URLEncoder.encode(formToken(form), StandardCharsets.UTF_8));
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).as("where the sign-in sends the browser")
			.startsWith(gateway.baseUrl() + "/")
			.doesNotContain("evil.example");
		assertThat(signedIn.header("Set-Cookie")).as("a client's claim of TLS is not believed")
			.doesNotContain("Secure");
	}

	@Test
	void theLiveStreamFlowsThroughTheGatewayUnbuffered() throws Exception {
		Session official = signIn("official");
		HttpRequest live = HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/live"))
			.header("Cookie", official.cookie())
			.header("Accept", "text/event-stream")
			.build();
		HttpResponse<InputStream> stream = HTTP.send(live, HttpResponse.BodyHandlers.ofInputStream());
		try (InputStream events = stream.body()) {
			assertThat(stream.statusCode()).isEqualTo(200);
			assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
			// The stream stays open; its opening lines must arrive while it does.
			CompletableFuture<String> opening = CompletableFuture.supplyAsync(() -> {
				try {
					byte[] first = new byte[64];
					int read = events.read(first);
					return new String(first, 0, Math.max(read, 0), StandardCharsets.UTF_8);
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
			assertThat(opening.get(10, TimeUnit.SECONDS)).contains("live");

			// A change reaches the open stream through the gateway.
			CompletableFuture<String> next = CompletableFuture.supplyAsync(() -> {
				try {
					StringBuilder seen = new StringBuilder();
					byte[] chunk = new byte[512];
					while (!seen.toString().contains("changed")) {
						int read = events.read(chunk);
						if (read < 0) {
							break;
						}
						seen.append(new String(chunk, 0, read, StandardCharsets.UTF_8));
					}
					return seen.toString();
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
			assertThat(sendAs("liaison-tj", "POST",
					command("/api/initiatives/" + calendar + "/countries/TJ/progress-reports"), "{\"percent\": 5}")
				.status()).isEqualTo(201);
			assertThat(next.get(10, TimeUnit.SECONDS)).contains("changed");
		}
	}

	/**
	 * How many progress reports the country has on the calendar, as the query side shows.
	 */
	private int reportsOf(String country) throws Exception {
		JsonNode initiative = sendAs("official", "GET", query("/api/initiatives/" + calendar), null).body();
		int count = 0;
		for (JsonNode entry : initiative.path("history")) {
			if (country.equals(entry.path("country").asText()) && entry.path("type").asText().contains("PROGRESS")) {
				count++;
			}
		}
		return count;
	}

	record Raw(int status, String body, HttpResponse<String> response) {

		String header(String name) {
			return response.headers().firstValue(name).orElse(null);
		}

		String contentType() {
			return String.valueOf(header("Content-Type"));
		}

	}

	/** A browser's session on the gateway: its cookie, sent on every request. */
	record Session(GatewayEndToEndIT test, String cookie) {

		Raw send(String method, String path, String csrfToken, String json, Map<String, String> headers)
				throws Exception {
			Map<String, String> all = new LinkedHashMap<>(headers);
			if (csrfToken != null) {
				all.put("X-CSRF-TOKEN", csrfToken);
			}
			return test.raw(method, path, cookie, "application/json", all, json);
		}

		Raw get(String path) throws Exception {
			return test.raw("GET", path, cookie, null, Map.of());
		}

	}

	Session signIn(String user) throws Exception {
		Raw form = raw("GET", "/login", null, null, Map.of());
		Raw signedIn = raw("POST", "/login", cookieOf(form), "application/x-www-form-urlencoded", Map.of(),
				"username=" + user + "&password=demo-" + user + "&_csrf="
						+ URLEncoder.encode(formToken(form), StandardCharsets.UTF_8));
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).doesNotContain("error");
		return new Session(this, cookieOf(signedIn));
	}

	/** The CSRF token a page of the dashboard gives its scripts (the workspace's). */
	private String pageToken(Session session) throws Exception {
		return pageToken(session, "/workspace");
	}

	private String pageToken(Session session, String path) throws Exception {
		Raw page = session.get(path);
		Matcher token = PAGE_TOKEN.matcher(page.body());
		if (token.find()) {
			return token.group(1);
		}
		// A page without the workspace's scripts still has the sign-out form's token.
		Matcher form = FORM_TOKEN.matcher(page.body());
		assertThat(form.find()).as(path + " carries a CSRF token: " + page.status()).isTrue();
		return form.group(1);
	}

	private static String formToken(Raw form) {
		Matcher token = FORM_TOKEN.matcher(form.body());
		assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
		return token.group(1);
	}

	private static String cookieOf(Raw answer) {
		String setCookie = answer.header("Set-Cookie");
		assertThat(setCookie).as("a session cookie").startsWith("JSESSIONID=");
		return setCookie.substring(0, setCookie.indexOf(';'));
	}

	Raw raw(String method, String path, String cookie, String contentType, Map<String, String> headers)
			throws Exception {
		return raw(method, path, cookie, contentType, headers, null);
	}

	Raw raw(String method, String path, String cookie, String contentType, Map<String, String> headers, String body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.baseUrl() + path))
			.timeout(Duration.ofSeconds(15));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		headers.forEach(request::header);
		if (headers.keySet().stream().noneMatch("Accept-Language"::equalsIgnoreCase)) {
			request.header("Accept-Language", "en");
		}
		request.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Raw(response.statusCode(), response.body(), response);
	}

}
