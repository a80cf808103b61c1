package org.cooperation.tracker.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Malformed Content-Type and Accept headers, the same family for both applications: a
 * range or a wildcard where one type belongs, parameters without value or named twice,
 * quality values that are no number from 0 to 1, unterminated quotes, empty and huge
 * headers, several Content-Types, a charset that does not exist, characters outside
 * ASCII. Each must be a 4xx problem+json (415 or 400 for Content-Type, 406 or 400 for
 * Accept) whose detail is the tracker's, not the framework's.
 */
public final class MediaTypeCases {

	/** Sentences of the framework's own answers, which the tracker's replace. */
	public static final List<String> FRAMEWORK_WORDS = List.of("Could not parse", "is not supported",
			"Acceptable representations", "Invalid mime type", "Invalid media type", "Content-Type cannot",
			"Failed to read request");

	/**
	 * Content-Types sent with a valid body, and the status each must get (null: any 4xx).
	 */
	public static final Map<String, Integer> CONTENT_TYPES = new LinkedHashMap<>();

	/** Accept headers sent with a valid request, and the status each must get. */
	public static final Map<String, Integer> MALFORMED_ACCEPTS = new LinkedHashMap<>();

	static {
		CONTENT_TYPES.put("*/*", 415);
		CONTENT_TYPES.put("application/*", 415);
		CONTENT_TYPES.put("application/*+json", 415);
		CONTENT_TYPES.put("application/json; charset=nope", 415);
		CONTENT_TYPES.put("application/json; charset=\"no such charset\"", 415);
		CONTENT_TYPES.put("*/json", 400);
		CONTENT_TYPES.put("", 400);
		CONTENT_TYPES.put("application", 400);
		CONTENT_TYPES.put("application/", 400);
		CONTENT_TYPES.put("/json", 400);
		CONTENT_TYPES.put("application/json; charset", 400);
		CONTENT_TYPES.put("application/json; charset=", 400);
		CONTENT_TYPES.put("application/json; charset=\"utf-8", 400);
		CONTENT_TYPES.put("application/json; charset=utf-8; charset=latin1", 400);
		CONTENT_TYPES.put("application/json, text/plain", 400);
		CONTENT_TYPES.put("application/json; q=abc", 400);
		CONTENT_TYPES.put("application/js\u00f6n", 400);
		CONTENT_TYPES.put(asSentInUtf8("application/json; x=\"\u0436\""), 400);
		CONTENT_TYPES.put("application/json; boundary=" + "x".repeat(9_000), null);

		MALFORMED_ACCEPTS.put("*/*;q=abc", 400);
		MALFORMED_ACCEPTS.put("*/*;q=2", 400);
		MALFORMED_ACCEPTS.put("application/json;q=-1", 400);
		MALFORMED_ACCEPTS.put("application/json;q=0.5555", 400);
		MALFORMED_ACCEPTS.put("application/json;q", 400);
		MALFORMED_ACCEPTS.put("application/json;q=", 400);
		MALFORMED_ACCEPTS.put("application/json;charset=\"utf-8", 400);
		MALFORMED_ACCEPTS.put("application/json;charset=nope", 400);
		MALFORMED_ACCEPTS.put("application", 400);
		MALFORMED_ACCEPTS.put("*/json", 400);
		MALFORMED_ACCEPTS.put("application/json text/html", 400);
		MALFORMED_ACCEPTS.put("text/\u00e9", 400);
		MALFORMED_ACCEPTS.put(asSentInUtf8("text/\u0436"), 400);
		MALFORMED_ACCEPTS.put("text/x-a, ".repeat(60) + "*/*", 400);
		MALFORMED_ACCEPTS.put("*/*, " + "x".repeat(9_000), null);
	}

	private MediaTypeCases() {
	}

	/**
	 * Sends a write with each malformed Content-Type, then with each malformed Accept and
	 * with Accepts that admit no JSON, and checks the answers.
	 * @return the answers whose detail is the framework's rather than the tracker's
	 */
	public static List<String> checkWrite(BadInputTally tally, RawHttp http, String method, String path, String user,
			String body) {
		List<String> frameworkWords = new ArrayList<>();
		Supplier<RawHttp.Request> write = () -> {
			RawHttp.Request request = http.request(method, path).basic(user, "demo-" + user);
			return (body != null) ? request.json(body) : request;
		};
		String label = method + " " + path;
		for (Map.Entry<String, Integer> type : CONTENT_TYPES.entrySet()) {
			check(tally, frameworkWords, label + " Content-Type: " + abbreviated(type.getKey()), type.getValue(),
					() -> write.get().body(type.getKey(), bytes(body)).send());
		}
		check(tally, frameworkWords, label + " two Content-Type headers", 400,
				() -> write.get()
					.body("application/json", bytes(body))
					.repeatedHeader("Content-Type", "application/json")
					.send());
		for (Map.Entry<String, Integer> accept : MALFORMED_ACCEPTS.entrySet()) {
			check(tally, frameworkWords, label + " Accept: " + abbreviated(accept.getKey()), accept.getValue(),
					() -> write.get().header("Accept", accept.getKey()).send());
		}
		check(tally, frameworkWords, label + " a good and a malformed Accept header", 400,
				() -> write.get().header("Accept", "application/json").repeatedHeader("Accept", "*/*;q=abc").send());
		for (String noJson : List.of("text/csv", "text/html", "application/json;q=0, text/*", "application/xml")) {
			check(tally, frameworkWords, label + " Accept: " + noJson, 406,
					() -> write.get().header("Accept", noJson).send());
		}
		return frameworkWords;
	}

	/**
	 * Sends a read with each malformed Accept and one the address cannot serve, and
	 * checks the answers ({@code page}: the dashboard may answer with its error page).
	 * @return the answers whose detail is the framework's rather than the tracker's
	 */
	public static List<String> checkRead(BadInputTally tally, RawHttp http, String path, String user, boolean page) {
		List<String> frameworkWords = new ArrayList<>();
		Supplier<RawHttp.Request> read = () -> {
			RawHttp.Request request = http.request("GET", path);
			return (user != null) ? request.basic(user, "demo-" + user) : request;
		};
		String label = "GET " + path + (user == null ? " (signed out)" : "");
		for (Map.Entry<String, Integer> accept : MALFORMED_ACCEPTS.entrySet()) {
			Supplier<RawHttp.Reply> request = () -> read.get().header("Accept", accept.getKey()).send();
			String what = label + " Accept: " + abbreviated(accept.getKey());
			if (page) {
				frameworkWords.addAll(words(what, tally.checkPage(what, request)));
			}
			else {
				check(tally, frameworkWords, what, accept.getValue(), request);
			}
		}
		for (Map.Entry<String, Integer> type : CONTENT_TYPES.entrySet()) {
			String what = label + " Content-Type: " + abbreviated(type.getKey());
			Supplier<RawHttp.Request> request = () -> read.get().header("Content-Type", type.getKey());
			if (page) {
				frameworkWords.addAll(words(what, tally.checkPage(what, () -> request.get().send())));
			}
			else {
				check(tally, frameworkWords, what, type.getValue(), () -> request.get().send());
			}
		}
		return frameworkWords;
	}

	private static void check(BadInputTally tally, List<String> frameworkWords, String label, Integer expected,
			Supplier<RawHttp.Reply> request) {
		frameworkWords.addAll(words(label, tally.check(label, expected, request)));
	}

	/** The framework's sentences in an answer, named with what was sent. */
	static List<String> words(String label, RawHttp.Reply reply) {
		List<String> found = new ArrayList<>();
		if (reply != null) {
			for (String words : FRAMEWORK_WORDS) {
				if (reply.body().contains(words)) {
					found.add(label + " -> " + reply.status() + " says '" + words + "'");
				}
			}
		}
		return found;
	}

	/**
	 * Text as its UTF-8 bytes go on the wire: {@link RawHttp} writes a header one byte a
	 * character.
	 */
	private static String asSentInUtf8(String text) {
		return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
	}

	private static byte[] bytes(String body) {
		return (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
	}

	private static String abbreviated(String text) {
		return (text.length() <= 60) ? text : text.substring(0, 60) + "... (" + text.length() + " characters)";
	}

}
