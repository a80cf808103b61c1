package org.cooperation.tracker.query.e2e.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Liaisons filing progress reports for their own countries, each on an initiative of
 * their own, with a short pause between two reports, plus an official reading the query
 * side. Every report carries a fresh {@code Idempotency-Key}; a liaison whose request got
 * no answer, or a 5xx, 409 or 429, sends the same request with the same key again until
 * it gets a final answer, as the README tells clients to. The key is also the report's
 * note, so the store and the read model can be searched for it.
 */
final class Liaisons {

	/** A liaison and the initiative it writes on. */
	record Seat(String user, String country, String initiativeId) {
	}

	enum Outcome {

		/** A 2xx: the liaison was told the report is stored. */
		ACKNOWLEDGED,
		/**
		 * A 4xx other than 409 and 429: the report was refused and must not be stored.
		 */
		REFUSED,
		/** No final answer before the scenario ended. */
		UNANSWERED

	}

	static final String NOTE_PREFIX = "reliability ";

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

	private final String scenario;

	private final List<Seat> seats;

	private final TrackerProcess commandSide;

	private final TrackerProcess querySide;

	private final Duration thinkTime;

	private final Tally tally = new Tally();

	private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean stopping;

	private volatile long giveUpAt = Long.MAX_VALUE;

	Liaisons(String scenario, List<Seat> seats, Duration thinkTime, TrackerProcess commandSide,
			TrackerProcess querySide) {
		this.scenario = scenario;
		this.thinkTime = thinkTime;
		this.seats = seats;
		this.commandSide = commandSide;
		this.querySide = querySide;
	}

	void start() {
		for (int i = 0; i < seats.size(); i++) {
			Seat seat = seats.get(i);
			String prefix = scenario + "-" + i + "-";
			threads.add(new Thread(() -> write(seat, prefix), "liaison-" + prefix));
		}
		threads.add(new Thread(this::read, "official-" + scenario));
		threads.forEach(Thread::start);
	}

	/**
	 * Sends no new report; waits, within the bound, for the reports in flight to get
	 * their final answer.
	 */
	void stop(Duration drain) throws InterruptedException {
		giveUpAt = System.nanoTime() + drain.toNanos();
		stopping = true;
		for (Thread thread : threads) {
			thread.join();
		}
	}

	Tally tally() {
		return tally;
	}

	String notePrefix() {
		return NOTE_PREFIX + scenario + "-";
	}

	Set<String> keys(Outcome outcome) {
		return outcomes.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == outcome)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	private void write(Seat seat, String prefix) {
		for (int n = 0; !stopping; n++) {
			String key = prefix + n;
			outcomes.put(key, Outcome.UNANSWERED);
			outcomes.put(key, fileUntilAnswered(seat, key));
			TrackerProcess.pause(thinkTime);
		}
	}

	private Outcome fileUntilAnswered(Seat seat, String key) {
		String body = """
				{"percent":%d,"asOf":"2025-12-20","note":"%s%s"}""".formatted(ThreadLocalRandom.current().nextInt(101),
				NOTE_PREFIX, key);
		long backOff = 100;
		while (System.nanoTime() < giveUpAt) {
			HttpRequest request = signedIn(seat.user(),
					commandSide.baseUrl() + "/api/initiatives/" + seat.initiativeId() + "/countries/" + seat.country()
							+ "/progress-reports")
				.header("Idempotency-Key", key)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			Integer status = send(request);
			if (status != null && status < 300) {
				return Outcome.ACKNOWLEDGED;
			}
			if (status != null && status < 500 && status != 409 && status != 429) {
				return Outcome.REFUSED;
			}
			TrackerProcess.pause(Duration.ofMillis(backOff));
			backOff = Math.min(backOff * 2, 1000);
		}
		return Outcome.UNANSWERED;
	}

	/** An official keeps reading, so that answers of the query side are counted too. */
	private void read() {
		String initiative = seats.get(0).initiativeId();
		while (!stopping) {
			send(signedIn("official", querySide.baseUrl() + "/api/initiatives/" + initiative).GET().build());
			TrackerProcess.pause(Duration.ofMillis(100));
		}
	}

	private Integer send(HttpRequest request) {
		try {
			int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			tally.answered(status);
			return status;
		}
		catch (IOException ex) {
			tally.noAnswer();
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static HttpRequest.Builder signedIn(String user, String url) {
		return HttpRequest.newBuilder(URI.create(url))
			.timeout(REQUEST_TIMEOUT)
			.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":demo-" + user).getBytes(StandardCharsets.UTF_8)));
	}

}
