package org.cooperation.tracker.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the answers to malformed requests as they come and keeps a tally: every answer
 * must be a 4xx (the exact status where one is expected), as application/problem+json
 * with a {@code status} and a {@code title}, with nothing internal in it (no stack trace,
 * exception class or SQL of the server's), and the recorded state must be unchanged.
 * Every offender is collected, so one run lists them all.
 */
public final class BadInputTally {

	/**
	 * What only the server's internals would put in an answer. None of the hostile inputs
	 * contains any of these, so an answer quoting the input back passes.
	 */
	public static final List<String> INTERNALS = List.of("Exception", "exception:", "\tat ", "at org.", "at java.",
			"java.lang", "java.util", "java.io", "jakarta.", "org.springframework", "org.axonframework",
			"org.hibernate", "org.postgresql", "com.fasterxml", "org.apache", "PSQL", "SQLState", "SQL state",
			"syntax error at", "ERROR: ", "JDBC", "jdbc:", "Caused by", "INSERT INTO", "aggregateidentifier",
			"payloadtype", "password_hash", "\"trace\"", "\"exception\"", "\"stackTrace\"");

	private static final Pattern STACK_FRAME = Pattern.compile("\\w+\\.java:\\d+\\)");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String side;

	private final Supplier<?> state;

	private final Map<Integer, Integer> statuses = new TreeMap<>();

	private final List<String> offenders = new ArrayList<>();

	private int sent;

	/** The state after the last request, which is the state before the next. */
	private Object last;

	/**
	 * @param side which application, for the summary line
	 * @param state what is recorded (the event store's row count, and whatever else the
	 * requests could write), which no malformed request may change
	 */
	public BadInputTally(String side, Supplier<?> state) {
		this.side = side;
		this.state = state;
	}

	/** Fails when any hostile input would itself pass for an internal. */
	public static void assertHostile(String input) {
		for (String internal : INTERNALS) {
			assertThat(input).as("a hostile input must not look like an internal").doesNotContain(internal);
		}
	}

	/**
	 * Sends a malformed request and checks its answer.
	 * @param label what was sent, for the list of offenders
	 * @param expected the status it must get, or null for any 4xx
	 * @param request sends it
	 */
	public RawHttp.Reply check(String label, Integer expected, Supplier<RawHttp.Reply> request) {
		return check(label, expected, false, request);
	}

	/**
	 * Sends a malformed request for a page of the dashboard and checks its answer, which
	 * may be the error page a browser shows instead of problem+json.
	 */
	public RawHttp.Reply checkPage(String label, Supplier<RawHttp.Reply> request) {
		return check(label, null, true, request);
	}

	private RawHttp.Reply check(String label, Integer expected, boolean page, Supplier<RawHttp.Reply> request) {
		Object before = (last != null) ? last : state.get();
		RawHttp.Reply reply;
		try {
			reply = request.get();
		}
		catch (RuntimeException ex) {
			last = null;
			sent++;
			statuses.merge(0, 1, Integer::sum);
			offenders.add(label + " -> no answer: " + ex.getMessage());
			return null;
		}
		Object after = state.get();
		last = after;
		sent++;
		statuses.merge(reply.status(), 1, Integer::sum);
		String problem = problemIn(reply, expected, page);
		if (!Objects.equals(before, after)) {
			problem = ((problem != null) ? problem + "; " : "") + "recorded state changed from " + before + " to "
					+ after;
		}
		if (problem != null) {
			offenders.add(label + " -> " + reply.status() + ": " + problem + " | " + abbreviated(reply.body()));
		}
		return reply;
	}

	/** What is wrong with the answer to a malformed request, or null. */
	static String problemIn(RawHttp.Reply reply, Integer expected, boolean page) {
		if (reply.status() < 400 || reply.status() > 499) {
			return "not a 4xx";
		}
		if (expected != null && reply.status() != expected) {
			return "expected " + expected;
		}
		String internal = internalIn(reply.body());
		if (internal != null) {
			return internal;
		}
		if (page && reply.contentType().toLowerCase(Locale.ROOT).startsWith("text/html")) {
			return null;
		}
		if (!reply.contentType().toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
			return "content type '" + reply.contentType() + "', not application/problem+json";
		}
		JsonNode body;
		try {
			body = JSON.readTree(reply.body());
		}
		catch (Exception ex) {
			return "body is not JSON";
		}
		if (body == null || !body.isObject() || body.path("status").asInt() != reply.status()
				|| body.path("title").asText("").isBlank()) {
			return "body lacks status or title";
		}
		return null;
	}

	private static String internalIn(String body) {
		for (String internal : INTERNALS) {
			if (body.contains(internal)) {
				return "body shows an internal: '" + internal.strip() + "'";
			}
		}
		if (STACK_FRAME.matcher(body).find()) {
			return "body shows a stack frame";
		}
		return null;
	}

	public int sent() {
		return sent;
	}

	public Map<Integer, Integer> statuses() {
		return statuses;
	}

	public String summary() {
		return "Bad-input test (" + side + "): " + sent + " malformed requests sent; answers by status " + statuses
				+ "; " + offenders.size() + " not as required";
	}

	/**
	 * Prints the summary and fails, listing them, when any answer was not as required.
	 */
	public void assertAllRefused(int atLeast) {
		System.out.println(summary());
		assertThat(offenders).as(summary()).isEmpty();
		assertThat(sent).as("malformed requests sent").isGreaterThanOrEqualTo(atLeast);
	}

	private static String abbreviated(String text) {
		String flat = text.replaceAll("\\s+", " ");
		return (flat.length() <= 300) ? flat : flat.substring(0, 300) + "...";
	}

}
