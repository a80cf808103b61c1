package org.cooperation.tracker.query.access;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import org.cooperation.tracker.testing.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A dashboard session outlives the password check that opened it; when its account is
 * disabled or given a new password, in whichever application, the session ends within a
 * second and the next page asks to sign in again.
 */
class ChangedAccountSessionTest extends QuerySideOverHttp {

	private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Test
	void aDisabledAccountsSessionEndsWithinASecond() {
		String session = signedInSession("disabled-reader");

		jdbc.update("UPDATE tracker_user SET enabled = FALSE WHERE username = 'disabled-reader'");

		RawHttp.Reply next = await().atMost(Duration.ofSeconds(1))
			.until(() -> dashboard(session), reply -> reply.status() == 302);
		assertThat(next.header("Location")).as(next.headers().toString()).contains("/login");
	}

	@Test
	void anAccountWithANewPasswordSignsInAgain() {
		String session = signedInSession("rotating-reader");

		jdbc.update("UPDATE tracker_user SET password_hash = ? WHERE username = 'rotating-reader'",
				new BCryptPasswordEncoder(4).encode("a new long password"));

		await().atMost(Duration.ofSeconds(1)).until(() -> dashboard(session).status() == 302);
	}

	/** An official's account made for this test, signed in through the form. */
	private String signedInSession(String name) {
		jdbc.update(
				"INSERT INTO tracker_user (username, password_hash, role, created_at, created_by) "
						+ "VALUES (?, ?, 'OFFICIAL', now(), 'test')",
				name, new BCryptPasswordEncoder(4).encode("demo-" + name));
		RawHttp http = new RawHttp(port);
		RawHttp.Reply form = http.request("GET", "/login").send();
		Matcher token = CSRF_TOKEN.matcher(form.body());
		assertThat(token.find()).as("the form carries a CSRF token").isTrue();
		RawHttp.Reply signedIn = http.request("POST", "/login")
			.header("Cookie", "JSESSIONID=" + sessionId(form.header("Set-Cookie")))
			.body("application/x-www-form-urlencoded",
					("username=" + name + "&password=demo-" + name + "&_csrf="
							+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))
						.getBytes(StandardCharsets.UTF_8))
			.send();
		assertThat(signedIn.header("Location")).doesNotContain("error");
		String session = sessionId(signedIn.header("Set-Cookie"));
		assertThat(dashboard(session).status()).as("signed in").isEqualTo(200);
		return session;
	}

	private RawHttp.Reply dashboard(String session) {
		return new RawHttp(port).request("GET", "/").header("Cookie", "JSESSIONID=" + session).send();
	}

	private static String sessionId(String setCookie) {
		return setCookie.substring("JSESSIONID=".length(), setCookie.indexOf(';'));
	}

}
