package org.cooperation.tracker.query.access;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.testing.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's session cookie, as the browser receives it: SameSite=Lax and HttpOnly
 * on every request, and Secure when the request came over TLS, which behind a
 * TLS-terminating proxy means X-Forwarded-Proto: https from a proxy the application
 * trusts (by default one on this machine's loopback, which is where these requests come
 * from).
 */
class SessionCookieTest extends QuerySideOverHttp {

	private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Test
	void theSignInFormsCookieIsSameSiteLaxAndHttpOnlyAndNotSecureOverPlainHttp() {
		String cookie = new RawHttp(port).request("GET", "/login").send().header("Set-Cookie");
		assertThat(cookie).startsWith("JSESSIONID=").contains("; SameSite=Lax", "; HttpOnly").doesNotContain("Secure");
	}

	@Test
	void behindATrustedTlsProxyTheCookieIsSecureToo() {
		String cookie = new RawHttp(port).request("GET", "/login")
			.header("X-Forwarded-Proto", "https")
			.send()
			.header("Set-Cookie");
		assertThat(cookie).startsWith("JSESSIONID=").contains("; Secure", "; SameSite=Lax", "; HttpOnly");
	}

	/**
	 * Signing in gives a new session (its id changes, so one planted before sign-in is
	 * useless), and its cookie has the same attributes.
	 */
	@Test
	void signingInThroughTheFormBehindATlsProxyGivesASecureSameSiteSession() {
		RawHttp http = new RawHttp(port);
		RawHttp.Reply form = http.request("GET", "/login").header("X-Forwarded-Proto", "https").send();
		String before = sessionId(form.header("Set-Cookie"));
		Matcher token = CSRF_TOKEN.matcher(form.body());
		assertThat(token.find()).as("the form carries a CSRF token").isTrue();
		RawHttp.Reply signedIn = http.request("POST", "/login")
			.header("X-Forwarded-Proto", "https")
			.header("Cookie", "JSESSIONID=" + before)
			.body("application/x-www-form-urlencoded",
					("username=official&password=demo-official&_csrf="
							+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))
						.getBytes(StandardCharsets.UTF_8))
			.send();
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).as("the proxy's scheme is believed").startsWith("https://");
		assertThat(signedIn.header("Location")).doesNotContain("error");
		String cookie = signedIn.header("Set-Cookie");
		assertThat(cookie).contains("; Secure", "; SameSite=Lax", "; HttpOnly");
		assertThat(sessionId(cookie)).isNotEqualTo(before);
		RawHttp.Reply dashboard = http.request("GET", "/")
			.header("X-Forwarded-Proto", "https")
			.header("Cookie", "JSESSIONID=" + sessionId(cookie))
			.send();
		assertThat(dashboard.status()).as("the new session is signed in").isEqualTo(200);
	}

	private static String sessionId(String setCookie) {
		assertThat(setCookie).startsWith("JSESSIONID=");
		return setCookie.substring("JSESSIONID=".length(), setCookie.indexOf(';'));
	}

}
