package org.cooperation.tracker.testing;

import java.nio.charset.StandardCharsets;

/**
 * Malformed requests that the container, not the application, meets first: a header or
 * request line beyond Tomcat's size, too many headers, a length that is no number or
 * contradicts chunking, a method Tomcat does not serve. Each must still be a 4xx
 * problem+json with nothing internal; an application that let Tomcat write its own page
 * would fail here.
 */
public final class ContainerCases {

	private ContainerCases() {
	}

	/**
	 * Sends each case to an address the user may read, and checks the answers.
	 */
	public static void check(BadInputTally tally, RawHttp http, String path, String user) {
		String password = "demo-" + user;
		tally.check("container: header of 10,000 bytes", null,
				() -> http.request("GET", path).basic(user, password).header("X-Big", "x".repeat(10_000)).send());
		tally.check("container: request line of 10,000 bytes", null,
				() -> http.request("GET", path + "?q=" + "x".repeat(10_000)).basic(user, password).send());
		tally.check("container: 150 headers", null, () -> {
			RawHttp.Request request = http.request("GET", path).basic(user, password);
			for (int i = 0; i < 150; i++) {
				request.header("X-Many-" + i, "x");
			}
			return request.send();
		});
		tally.check("container: TRACE", null, () -> http.request("TRACE", path).basic(user, password).send());
		tally.check("container: method with a bracket", null,
				() -> http.request("G<E>T", path).basic(user, password).send());
		tally.check("container: Content-Length not a number", 400,
				() -> postDeclaringLength(http, path, user, password, "abc"));
		tally.check("container: Content-Length of 20 digits", null,
				() -> postDeclaringLength(http, path, user, password, "99999999999999999999"));
		// Tomcat reads such a body as chunked, as HTTP/1.1 says: it is refused as a
		// broken
		// chunk where the body is read, and for its method where it is not.
		tally.check("container: Content-Length and chunked both", null,
				() -> http.request("POST", path)
					.basic(user, password)
					.header("Transfer-Encoding", "chunked")
					.body("application/json", "{}".getBytes(StandardCharsets.UTF_8))
					.send());
		tally.check("container: a bare percent sign in the path", 400,
				() -> http.request("GET", path + "/%").basic(user, password).send());
		tally.check("container: NUL in the path", 400,
				() -> http.request("GET", path + "/%00").basic(user, password).send());
		tally.check("container: Authorization not Basic", 401,
				() -> http.request("GET", path).header("Authorization", "Basic !!!not-base64!!!").send());
		tally.check("container: Authorization of 7,000 bytes", null,
				() -> http.request("GET", path).header("Authorization", "Bearer " + "x".repeat(7_000)).send());
	}

	/** A JSON POST whose Content-Length header says this, and no body. */
	private static RawHttp.Reply postDeclaringLength(RawHttp http, String path, String user, String password,
			String contentLength) {
		return http.request("POST", path)
			.basic(user, password)
			.header("Content-Type", "application/json")
			.header("Content-Length", contentLength)
			.send();
	}

}
