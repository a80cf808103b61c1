package org.cooperation.tracker.query.access;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import org.cooperation.tracker.testing.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that is not the configured proxy cannot claim TLS: with the proxy configured
 * elsewhere, X-Forwarded-Proto: https from this machine is ignored, and the cookie is not
 * marked Secure (nor any redirect sent to https) on its say-so.
 */
@TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=10\\.255\\.255\\.1")
class UntrustedForwardedHeadersTest extends QuerySideOverHttp {

	@Test
	void forwardedHeadersFromAnUntrustedAddressAreIgnored() {
		RawHttp http = new RawHttp(port);
		String cookie = http.request("GET", "/login").header("X-Forwarded-Proto", "https").send().header("Set-Cookie");
		assertThat(cookie).startsWith("JSESSIONID=").contains("; SameSite=Lax").doesNotContain("Secure");
		RawHttp.Reply redirect = http.request("GET", "/")
			.header("X-Forwarded-Proto", "https")
			.header("Accept", "text/html")
			.send();
		assertThat(redirect.status()).isEqualTo(302);
		assertThat(redirect.header("Location")).startsWith("http://localhost:" + port + "/login");
	}

}
