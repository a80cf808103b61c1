package org.cooperation.tracker.query.e2e.reliability;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.cooperation.tracker.testing.TestPostgres;

import static org.awaitility.Awaitility.await;

/**
 * One of the two packaged applications, run as its own process on a fixed port so that
 * clients find it again after it was killed and started anew. Output goes to a log file
 * under target/, appended across restarts.
 */
final class TrackerProcess {

	/**
	 * Generous: on a 2-core CI machine that is also running the load, a JVM may take
	 * minutes to start. Restart time is reported, not judged.
	 */
	private static final Duration START_LIMIT = Duration.ofSeconds(300);

	private final String name;

	private final String jar;

	private final int port;

	private final Supplier<TestPostgres.Database> database;

	private final List<String> arguments;

	private final File log;

	private Process process;

	private TrackerProcess(String name, String jar, Supplier<TestPostgres.Database> database, String... arguments) {
		if (jar == null || !new File(jar).isFile()) {
			throw new IllegalStateException("the " + name + " jar was not found at " + jar
					+ "; run `mvn verify` from the root so that both applications are packaged first");
		}
		this.name = name;
		this.jar = jar;
		this.port = SuiteDatabase.freePort();
		this.database = database;
		this.arguments = List.of(arguments);
		this.log = new File("target/reliability-" + name + ".log");
		log.delete();
	}

	static TrackerProcess commandSide(SuiteDatabase database) {
		return new TrackerProcess("command-side", System.getProperty("tracker.command-side.jar"),
				database::asTestDatabase);
	}

	static TrackerProcess querySide(SuiteDatabase database) {
		return new TrackerProcess("query-side", System.getProperty("tracker.query-side.jar"), database::asTestDatabase);
	}

	/** One of several command-side instances, named for its log, with extra arguments. */
	static TrackerProcess commandSide(String name, TestPostgres.Database database, String... arguments) {
		return new TrackerProcess(name, System.getProperty("tracker.command-side.jar"), () -> database, arguments);
	}

	/** One of several query-side instances, named for its log, with extra arguments. */
	static TrackerProcess querySide(String name, TestPostgres.Database database, String... arguments) {
		return new TrackerProcess(name, System.getProperty("tracker.query-side.jar"), () -> database, arguments);
	}

	/** Starts the application and returns how long it took until it answered healthy. */
	Duration start() {
		long started = System.nanoTime();
		launch();
		awaitHealthy();
		return Duration.ofNanos(System.nanoTime() - started);
	}

	/** Waits until the launched process answers healthy; how long that took from now. */
	Duration awaitStarted() {
		long started = System.nanoTime();
		awaitHealthy();
		return Duration.ofNanos(System.nanoTime() - started);
	}

	/**
	 * The name the process's Axon token store writes as the owner of its claims: the
	 * JVM's {@code pid@host}; this is its pid part.
	 */
	long pid() {
		return process.pid();
	}

	/** Starts the process without waiting for it to answer. */
	void launch() {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(
				List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar, "--server.port=" + port,
						// The liaisons are many and fast; the rate limit is not what this
						// suite
						// tests.
						"--tracker.access.rate-limit.per-minute=6000000", "--tracker.access.rate-limit.burst=100000"));
		command.addAll(database.get().applicationArguments());
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.redirectErrorStream(true);
		builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log));
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not start the " + name, ex);
		}
	}

	/** {@code kill -9}: no shutdown hook, no graceful end of requests in flight. */
	void kill() {
		process.destroyForcibly();
		try {
			process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	void stop() {
		if (process != null && process.isAlive()) {
			process.destroy();
			try {
				process.waitFor();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	String baseUrl() {
		return "http://localhost:" + port;
	}

	private void awaitHealthy() {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		await("the " + name + " healthy (see " + log + ")").atMost(START_LIMIT)
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(200))
			.failFast("the " + name + " exited; see " + log, () -> !process.isAlive())
			.until(() -> answersHealthy(client, health));
	}

	private static boolean answersHealthy(HttpClient client, HttpRequest health) throws InterruptedException {
		try {
			return client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException notListeningYet) {
			return false;
		}
	}

	/**
	 * Lets time pass: a liaison's think time, a back-off, an outage's length. Waiting for
	 * a condition uses Awaitility instead.
	 */
	static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return name;
	}

}
