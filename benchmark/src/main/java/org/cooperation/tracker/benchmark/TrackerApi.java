package org.cooperation.tracker.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The two applications' HTTP APIs as a client sees them: HTTP Basic with the embedded
 * default's demo accounts (password {@code demo-<user>}), JSON bodies, and on every write
 * an Idempotency-Key of its own (README, "Idempotent retries").
 */
final class TrackerApi {

	static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI commandSide;

	private volatile URI querySide;

	TrackerApi(int commandPort, int queryPort) {
		this.commandSide = URI.create("http://127.0.0.1:" + commandPort);
		this.querySide = URI.create("http://127.0.0.1:" + queryPort);
	}

	/** The query side after a restart, on its new port. */
	void useQuerySide(int port) {
		this.querySide = URI.create("http://127.0.0.1:" + port);
	}

	/** An answer: status, body, and the one header the benchmark follows. */
	record Answer(int status, String body, String etag, String location) {

		boolean ok() {
			return status >= 200 && status < 300;
		}

		JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("not JSON (" + status + "): " + body, ex);
			}
		}

		/** The answer, or an error that shows it when it is not a 2xx. */
		Answer expectOk(String what) {
			if (!ok()) {
				throw new IllegalStateException(what + " was answered " + status + ": " + body);
			}
			return this;
		}

	}

	/** A write to the command side; {@code ifMatch} null for none. */
	Answer write(String method, String path, String user, Object body, Long ifMatch) {
		HttpRequest.Builder request = request(commandSide, path, user)
			.method(method, BodyPublishers.ofString(json(body)))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString());
		if (ifMatch != null) {
			request.header("If-Match", "\"" + ifMatch + "\"");
		}
		return send(request.build());
	}

	/** A read of the query side, with the If-None-Match given, if any. */
	Answer read(String path, String user, Map<String, String> headers) {
		HttpRequest.Builder request = request(querySide, path, user).GET();
		headers.forEach(request::header);
		return send(request.build());
	}

	/** A write to the query side (a replay is started there). */
	Answer postToQuerySide(String path, String user, Object body) {
		return send(request(querySide, path, user).POST(BodyPublishers.ofString(json(body)))
			.header("Content-Type", "application/json")
			.build());
	}

	/** Whether an application's /actuator/health says UP (no credentials needed). */
	static boolean healthy(int port) {
		try {
			HttpResponse<String> health = http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
					.timeout(Duration.ofSeconds(5))
					.build(), BodyHandlers.ofString());
			return health.statusCode() == 200 && health.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static HttpRequest.Builder request(URI side, String path, String user) {
		String credentials = user + ":demo-" + user;
		return HttpRequest.newBuilder(side.resolve(path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json, text/html;q=0.9");
	}

	private Answer send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body(),
					response.headers().firstValue("ETag").orElse(null),
					response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private static String json(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
