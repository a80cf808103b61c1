package org.cooperation.tracker.query.e2e.reliability;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reliability suite (README, "Reliability suite"): both packaged applications as real
 * processes on a PostgreSQL server the suite owns, liaisons writing concurrently with
 * idempotency keys, and one scenario per fault — the command side killed with
 * {@code kill -9} and started again, the same for the query side, the database stopped
 * and started again. It prints one row of figures per scenario and fails if an
 * acknowledged report was lost, anything was duplicated, or the system took more than 30
 * seconds to answer again; a 5xx other than 503 is counted, and fails it when
 * {@code tracker.reliability.server-errors-fail} is true.
 * <p>
 * {@code mvn verify} runs the short version; {@code mvn -B verify -Preliability} the long
 * one. Every figure can be set with {@code -Dtracker.reliability.<name>=<value>}: see
 * {@link Settings}.
 */
class ReliabilitySuiteIT {

	private static final String[] MEMBERS = { "KZ", "UZ", "KG", "TJ", "TM" };

	private static final Duration DRAIN = Duration.ofSeconds(90);

	private static final Duration CATCH_UP_LIMIT = Duration.ofSeconds(90);

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private static final Settings SETTINGS = Settings.fromSystemProperties();

	private static SuiteDatabase database;

	private static TrackerProcess commandSide;

	private static TrackerProcess querySide;

	private static List<Liaisons.Seat> seats;

	private static String probeInitiative;

	/**
	 * The figures of one run, by scenario. How many, and how long, is set per run: the
	 * short version in CI, the long one by hand.
	 *
	 * @param liaisons concurrent liaisons, each on an initiative of its own
	 * @param commandSideKills times the command side is killed and started again
	 * @param querySideKills times the query side is killed and started again
	 * @param databaseRestarts times the database is stopped and started again
	 * @param outage how long the database stays down each time, and the query side before
	 * it is started and killed again mid-catch-up
	 * @param thinkTime a liaison's pause between two reports
	 * @param serverErrorsFail whether an answer 5xx other than 503 fails the suite
	 */
	record Settings(int liaisons, int commandSideKills, int querySideKills, int databaseRestarts, Duration outage,
			Duration thinkTime, boolean serverErrorsFail) {

		static Settings fromSystemProperties() {
			boolean longRun = "long".equals(System.getProperty("tracker.reliability.mode", "short"));
			return new Settings(number("liaisons", longRun ? 20 : 6), number("command-side-kills", longRun ? 5 : 1),
					number("query-side-kills", longRun ? 3 : 1), number("database-restarts", longRun ? 3 : 1),
					Duration.ofSeconds(number("outage-seconds", longRun ? 10 : 5)),
					Duration.ofMillis(number("think-ms", longRun ? 100 : 200)),
					Boolean.parseBoolean(System.getProperty("tracker.reliability.server-errors-fail", "false")));
		}

		private static int number(String name, int fallback) {
			return Integer.parseInt(System.getProperty("tracker.reliability." + name, String.valueOf(fallback)));
		}

	}

	@BeforeAll
	static void startTheSystem() throws Exception {
		database = SuiteDatabase.startFresh(Path.of("target/reliability-postgres").toAbsolutePath());
		commandSide = TrackerProcess.commandSide(database);
		querySide = TrackerProcess.querySide(database);
		// The command side owns the event store schema, so it starts first.
		commandSide.start();
		querySide.start();
		String[] protocol = recordProtocol();
		seats = new ArrayList<>();
		for (int i = 0; i < SETTINGS.liaisons(); i++) {
			String country = MEMBERS[i % MEMBERS.length];
			seats.add(new Liaisons.Seat("liaison-" + country.toLowerCase(), country,
					proposeInitiative(protocol, "Reliability " + i)));
		}
		probeInitiative = proposeInitiative(protocol, "Reliability probe");
	}

	@AfterAll
	static void stopTheSystem() {
		if (querySide != null) {
			querySide.stop();
		}
		if (commandSide != null) {
			commandSide.stop();
		}
		if (database != null) {
			database.stop();
		}
	}

	@Test
	void nothingAcknowledgedIsLostOrDuplicatedAndTheSystemRecoversByItself() throws Exception {
		System.out.println("Reliability suite: " + SETTINGS);
		List<ScenarioFigures> rows = new ArrayList<>();
		rows.add(commandSideKilled());
		rows.add(querySideKilled());
		rows.add(databaseRestarted());

		String table = ScenarioFigures.table(rows);
		System.out.println("\nReliability suite, " + SETTINGS + "\n" + table);
		Files.writeString(Path.of("target/reliability-table.txt"), SETTINGS + "\n" + table);
		List<String> failures = new ArrayList<>();
		rows.forEach((row) -> failures.addAll(row.failures(SETTINGS.serverErrorsFail())));
		assertThat(failures).as("the reliability suite's failures; the table:\n" + table).isEmpty();
	}

	private ScenarioFigures commandSideKilled() throws Exception {
		Liaisons liaisons = new Liaisons("command-kill", seats, SETTINGS.thinkTime(), commandSide, querySide);
		liaisons.start();
		Duration recovery = Duration.ZERO;
		for (int i = 0; i < SETTINGS.commandSideKills(); i++) {
			pauseAtRandom();
			commandSide.kill();
			recovery = longest(recovery, commandSide.start());
		}
		pauseAtRandom();
		return figures("command side kill -9 x" + SETTINGS.commandSideKills(), liaisons, recovery, false);
	}

	private ScenarioFigures querySideKilled() throws Exception {
		Liaisons liaisons = new Liaisons("query-kill", seats, SETTINGS.thinkTime(), commandSide, querySide);
		liaisons.start();
		Duration recovery = Duration.ZERO;
		StoreAndReadModel store = new StoreAndReadModel(database);
		for (int i = 0; i < SETTINGS.querySideKills(); i++) {
			pauseAtRandom();
			querySide.kill();
			// While it is down the liaisons build a backlog; it is killed again as soon
			// as
			// its processors have projected part of it, so in the middle of their
			// batches.
			TrackerProcess.pause(SETTINGS.outage());
			int before = store.projected(liaisons.notePrefix()).total();
			querySide.launch();
			int during = await("the restarted query side projecting part of the backlog").atMost(Duration.ofMinutes(5))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> store.projected(liaisons.notePrefix()).total(), (total) -> total != before);
			querySide.kill();
			System.out.println("query side killed mid-catch-up: " + during + " of "
					+ store.stored(liaisons.notePrefix()).total() + " stored reports projected");
			recovery = longest(recovery, querySide.start());
		}
		pauseAtRandom();
		return figures("query side kill -9 x" + SETTINGS.querySideKills() * 2, liaisons, recovery, false);
	}

	private ScenarioFigures databaseRestarted() throws Exception {
		Liaisons liaisons = new Liaisons("database-restart", seats, SETTINGS.thinkTime(), commandSide, querySide);
		liaisons.start();
		Duration recovery = Duration.ZERO;
		for (int i = 0; i < SETTINGS.databaseRestarts(); i++) {
			pauseAtRandom();
			database.stop();
			TrackerProcess.pause(SETTINGS.outage());
			database.start();
			recovery = longest(recovery, untilBothAnswer());
		}
		pauseAtRandom();
		return figures(
				"database restart x" + SETTINGS.databaseRestarts() + " (" + SETTINGS.outage().toSeconds() + " s down)",
				liaisons, recovery, true);
	}

	/**
	 * Stops the load, waits for the read model to hold every stored event (or for the
	 * bound), and counts.
	 */
	private ScenarioFigures figures(String scenario, Liaisons liaisons, Duration recovery, boolean recoveryBounded)
			throws Exception {
		liaisons.stop(DRAIN);
		long started = System.nanoTime();
		StoreAndReadModel store = new StoreAndReadModel(database);
		within(CATCH_UP_LIMIT, Duration.ofMillis(250),
				() -> store.projected(liaisons.notePrefix()).sameEventsAs(store.stored(liaisons.notePrefix())));
		Duration caughtUp = Duration.ofNanos(System.nanoTime() - started);
		StoreAndReadModel.Events stored = store.stored(liaisons.notePrefix());
		StoreAndReadModel.Events projected = store.projected(liaisons.notePrefix());
		ScenarioFigures figures = ScenarioFigures.of(scenario, liaisons, stored, projected, recovery, recoveryBounded,
				caughtUp);
		System.out.println(figures + "; answers " + liaisons.tally());
		return figures;
	}

	/**
	 * The time from the database being back until a liaison's write on the command side
	 * and a read on the query side both answer 2xx.
	 */
	private Duration untilBothAnswer() throws InterruptedException {
		long back = System.nanoTime();
		AtomicLong written = new AtomicLong();
		AtomicLong read = new AtomicLong();
		within(CATCH_UP_LIMIT, Duration.ofMillis(200), () -> {
			if (written.get() == 0 && probeWrite()) {
				written.set(System.nanoTime());
			}
			if (read.get() == 0 && probeRead()) {
				read.set(System.nanoTime());
			}
			return written.get() != 0 && read.get() != 0;
		});
		long recovered = (written.get() == 0 || read.get() == 0) ? System.nanoTime()
				: Math.max(written.get(), read.get());
		return Duration.ofNanos(recovered - back);
	}

	/**
	 * Waits until the condition holds or the limit passes; false then. The suite goes on
	 * either way: its figures say what was lost or how long recovery took, which tells
	 * more than a timeout would, and the assertions judge them.
	 */
	private static boolean within(Duration limit, Duration poll, Callable<Boolean> condition) {
		try {
			await().atMost(limit).pollDelay(Duration.ZERO).pollInterval(poll).until(condition);
			return true;
		}
		catch (ConditionTimeoutException notWithinTheLimit) {
			return false;
		}
	}

	private boolean probeWrite() throws InterruptedException {
		HttpRequest request = Liaisons
			.signedIn("liaison-kz",
					commandSide.baseUrl() + "/api/initiatives/" + probeInitiative + "/countries/KZ/progress-reports")
			.header("Idempotency-Key", "probe-" + UUID.randomUUID())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"percent":50,"asOf":"2025-12-20","note":"probe"}"""))
			.build();
		return answers2xx(request);
	}

	private boolean probeRead() throws InterruptedException {
		return answers2xx(Liaisons.signedIn("official", querySide.baseUrl() + "/api/initiatives/" + probeInitiative)
			.GET()
			.build());
	}

	private static boolean answers2xx(HttpRequest request) throws InterruptedException {
		try {
			int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			return status >= 200 && status < 300;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** The Tashkent protocol as the secretariat records it: one direction, no number. */
	static final String TASHKENT_PROTOCOL = """
			{"meetingDate":"2025-11-14","place":"Tashkent",
			 "meetingTitle":{"en":"First meeting of the culture ministers of the Central Asian countries"},
			 "parties":[{"country":"KZ","role":"MEMBER"},{"country":"UZ","role":"MEMBER"},
			            {"country":"KG","role":"MEMBER"},{"country":"TJ","role":"MEMBER"},
			            {"country":"TM","role":"MEMBER"},{"country":"AZ","role":"HONORARY_GUEST"}],
			 "directions":[{"title":{"en":"Cultural events and cinema"}}]}""";

	private static String[] recordProtocol() throws IOException, InterruptedException {
		JsonNode protocol = secretariatPosts("/api/protocols", TASHKENT_PROTOCOL);
		return new String[] { protocol.get("protocolId").asText(), protocol.get("directionIds").get(0).asText() };
	}

	private static String proposeInitiative(String[] protocol, String title) throws IOException, InterruptedException {
		return secretariatPosts("/api/initiatives", """
				{"protocolId":"%s","directionId":"%s","kind":"OTHER","title":{"en":"%s"},
				 "proposedBy":"kz","participants":["KZ","UZ","KG","TJ","TM"]}""".formatted(protocol[0], protocol[1],
				title))
			.get("initiativeId")
			.asText();
	}

	private static JsonNode secretariatPosts(String path, String body) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(Liaisons.signedIn("secretariat", commandSide.baseUrl() + path)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body());
	}

	/** Faults land at random moments of the load, 2 to 5 seconds apart. */
	private static void pauseAtRandom() {
		TrackerProcess.pause(Duration.ofMillis(ThreadLocalRandom.current().nextLong(2000, 5000)));
	}

	private static Duration longest(Duration one, Duration other) {
		return (one.compareTo(other) >= 0) ? one : other;
	}

}
