package org.cooperation.tracker.query.e2e;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Access as a stranger, a browser and an auditor see it, on both running applications:
 * 401 problem+json without credentials, the sign-in page for a browser, security headers
 * on pages, no cross-origin calls, and no stored event without its who, what role, which
 * request and from where. Runs after the other end-to-end classes, whose events it counts
 * too (see junit-platform.properties).
 */
@Order(Integer.MAX_VALUE)
class AccessEndToEndIT extends EndToEndTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void withoutCredentialsBothApplicationsAnswer401Problems() throws Exception {
		for (String url : List.of(command("/api/protocols"), query("/api/protocols"), query("/api/status-matrix"))) {
			String method = url.startsWith(command("")) ? "POST" : "GET";
			Answer answer = sendAs(null, method, url, method.equals("POST") ? "{}" : null);
			assertThat(answer.status()).as(url).isEqualTo(401);
			assertThat(answer.contentType()).as(url).isEqualTo("application/problem+json");
			assertThat(answer.body().get("status").asInt()).isEqualTo(401);
		}
		HttpResponse<String> wrongPassword = HTTP.send(HttpRequest.newBuilder(URI.create(query("/api/protocols")))
			.header("Accept-Language", "en")
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder().encodeToString("official:guess".getBytes()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(wrongPassword.body()).contains("the credentials were not accepted");
	}

	/**
	 * An account disabled, or given a new password, through the command side's admin API
	 * is refused by the query side too within a second, though each application remembers
	 * checked passwords for two minutes.
	 */
	@Test
	void aDisabledAccountOrAnOldPasswordIsRefusedByBothApplicationsWithinASecond() throws Exception {
		for (String change : List.of("enabled", "password")) {
			String user = "changing-" + change;
			assertThat(sendAs("admin", "POST", command("/api/admin/users"),
					"{\"username\":\"" + user + "\",\"password\":\"demo-" + user + "\",\"role\":\"OFFICIAL\"}")
				.status()).isEqualTo(201);
			assertThat(signInOnBoth(user)).as("signed in on both (the command side's user list is for admins)")
				.containsExactly(403, 200);

			String body = change.equals("enabled") ? "{\"enabled\":false}" : "{\"password\":\"a brand new password\"}";
			assertThat(sendAs("admin", "PUT", command("/api/admin/users/" + user + "/" + change), body).status())
				.isEqualTo(204);

			// The one-second promise is measured where the change is heard
			// (AccountChangesInBothApplicationsTest); here each probe also pays two
			// BCrypt checks in two real processes, whose time is the machine's load.
			await().atMost(Duration.ofSeconds(5))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> signInOnBoth(user).equals(List.of(401, 401)));
		}
	}

	private List<Integer> signInOnBoth(String user) throws Exception {
		return List.of(sendAs(user, "GET", command("/api/admin/users"), null).status(),
				sendAs(user, "GET", query("/api/protocols"), null).status());
	}

	@Test
	void aBrowserIsSentToTheSignInPageAndPagesCarrySecurityHeaders() throws Exception {
		HttpResponse<String> stranger = HTTP.send(
				HttpRequest.newBuilder(URI.create(query("/"))).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(stranger.statusCode()).isEqualTo(302);
		assertThat(stranger.headers().firstValue("Location").orElse("")).endsWith("/login");

		HttpResponse<String> signIn = HTTP.send(HttpRequest.newBuilder(URI.create(query("/login"))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(200);
		assertThat(signIn.body()).contains("name=\"_csrf\"");
		HttpResponse<String> refused = HTTP.send(
				HttpRequest.newBuilder(URI.create(query("/login?error"))).header("Accept-Language", "en").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("was not accepted");

		HttpResponse<String> page = HTTP.send(signedIn(HttpRequest.newBuilder(URI.create(query("/"))), "official")
			.header("X-Correlation-Id", "dashboard-check-1")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		Map<String, List<String>> headers = page.headers().map();
		assertThat(headers.get("content-security-policy").get(0)).contains("default-src 'self'")
			.contains("frame-ancestors 'none'")
			.contains("script-src 'self'");
		assertThat(headers.get("x-frame-options")).containsExactly("DENY");
		assertThat(headers.get("x-content-type-options")).containsExactly("nosniff");
		assertThat(headers.get("referrer-policy")).containsExactly("same-origin");
		assertThat(headers.get("permissions-policy").get(0)).contains("camera=()");
		assertThat(headers.get("cache-control").get(0)).contains("no-store");
		assertThat(headers.get("x-correlation-id")).containsExactly("dashboard-check-1");
	}

	@Test
	void crossOriginCallsAreRefusedByBothApplications() throws Exception {
		for (String url : List.of(command("/api/protocols"), query("/api/protocols"))) {
			HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(url))
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", "https://elsewhere.example")
				.header("Access-Control-Request-Method", "POST")
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(preflight.statusCode()).as(url).isEqualTo(403);
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(url).isEmpty();
			assertThat(preflight.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/problem+json");

			HttpResponse<String> simple = HTTP.send(signedIn(HttpRequest.newBuilder(URI.create(url)), "official")
				.header("Origin", "https://elsewhere.example")
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(simple.statusCode()).as(url).isEqualTo(403);
			assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).as(url).isEmpty();
		}
	}

	@Test
	void onlyAuditorsReadTheStoredEventHistory() throws Exception {
		String[] ids = recordProtocol().split("/");
		Answer history = sendAs("auditor", "GET", query("/api/audit/events?aggregateId=" + ids[0]), null);
		assertThat(history.status()).isEqualTo(200);
		assertThat(history.body().get("events").get(0).get("payloadType").asText()).endsWith("ProtocolRecorded");
		assertThat(history.body().get("events").get(0).get("metadata").get("actor").asText()).isEqualTo("secretariat");
		assertThat(history.body().get("events").get(0).get("sha256").asText()).hasSize(64);
		for (String reader : List.of("official", "secretariat", "liaison-kz")) {
			assertThat(sendAs(reader, "GET", query("/api/audit/events"), null).status()).as(reader).isEqualTo(403);
		}
		Answer tooMany = sendAs("auditor", "GET", query("/api/audit/events?limit=100000"), null);
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.contentType()).isEqualTo("application/problem+json");
	}

	/**
	 * Every event in the store (this test's own story and whatever the other end-to-end
	 * tests stored in the shared database) names its actor, role, correlation id and
	 * origin, and a liaison's events its country.
	 */
	@Test
	void noStoredEventLacksWhoWhatRoleWhichRequestOrWhere() throws Exception {
		String initiativeId = newCalendar();
		Answer report = sendAs("liaison-kg", "POST",
				command("/api/initiatives/" + initiativeId + "/countries/KG/progress-reports"),
				"{\"percent\":30,\"asOf\":\"2025-12-20\"}");
		assertThat(report.status()).isEqualTo(201);

		String metadata = "convert_from(metadata, 'UTF8')::jsonb";
		long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
		long withoutThem = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE NOT (" + metadata
				+ " ?& array['actor', 'actorRole', 'correlationId', 'origin'])", Long.class);
		long liaisonsWithoutCountry = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE " + metadata
				+ " ->> 'actorRole' = 'LIAISON' AND NOT (" + metadata + " ? 'actorCountry')", Long.class);
		long liaisonEvents = jdbc.queryForObject(
				"SELECT count(*) FROM domainevententry WHERE " + metadata + " ->> 'actorRole' = 'LIAISON'", Long.class);
		System.out.printf(
				"%nEVENT METADATA: %d events stored, %d by liaisons; %d without actor, role, "
						+ "correlation id or origin; %d liaison events without a country%n%n",
				events, liaisonEvents, withoutThem, liaisonsWithoutCountry);
		assertThat(events).isPositive();
		assertThat(liaisonEvents).isPositive();
		assertThat(withoutThem).isZero();
		assertThat(liaisonsWithoutCountry).isZero();
	}

}
