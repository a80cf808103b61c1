package org.cooperation.tracker.query.e2e.reliability;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A query side started on a backlog answers reads promptly from the moment it says it is
 * ready. The database holds the demo story copied {@code tracker.cold-start.copies} times
 * (40: about 4,900 events, for all nine projections) when the packaged query side starts;
 * as soon as {@code /actuator/health/readiness} answers 200, an official's first reads
 * are timed. Readiness waits for the projections to catch up once
 * ({@code CatchUpAfterStart}): before, a fresh instance was ready at once and its reads
 * queued behind the replay for seconds.
 */
class ColdStartIT {

	private static final int COPIES = Integer.getInteger("tracker.cold-start.copies", 40);

	/**
	 * What "promptly" means here, on a loaded 2-core machine, for a cold JVM's first
	 * reads.
	 */
	private static final Duration PROMPT = Duration.ofSeconds(5);

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private static final String DEMO_STORY_LOADED = "Demo data";

	@Test
	void readsAnswerPromptlyFromTheMomentTheQuerySideIsReady() throws Exception {
		SuiteDatabase database = SuiteDatabase.startFresh(Path.of("target/cold-start-postgres").toAbsolutePath());
		try {
			loadTheDemoStory(database);
			long events = copyTheStory(database, COPIES);
			TrackerProcess querySide = TrackerProcess.querySide(database);
			try {
				long launched = System.nanoTime();
				querySide.launch();
				await().atMost(Duration.ofMinutes(5))
					.pollDelay(Duration.ZERO)
					.pollInterval(Duration.ofMillis(50))
					.ignoreExceptions()
					.until(() -> status(querySide, "/actuator/health/readiness", null, Duration.ofSeconds(2)) == 200);
				Duration ready = Duration.ofNanos(System.nanoTime() - launched);

				List<String> figures = new ArrayList<>();
				for (String path : List.of("/api/status-matrix", "/api/initiatives", "/api/protocols",
						"/api/initiatives?size=500", "/")) {
					long start = System.nanoTime();
					int status = status(querySide, path, "official", Duration.ofSeconds(60));
					Duration took = Duration.ofNanos(System.nanoTime() - start);
					figures.add(path + " " + status + " in " + took.toMillis() + " ms");
					assertThat(status).as(path).isEqualTo(200);
					assertThat(took).as(path + " answered promptly after readiness").isLessThan(PROMPT);
				}
				System.out.printf("COLD START on %d events: ready %d ms after launch; first reads: %s%n", events,
						ready.toMillis(), String.join(", ", figures));
			}
			finally {
				querySide.stop();
			}
		}
		finally {
			database.stop();
		}
	}

	/** The command side's demo story, loaded by the packaged jar as an operator would. */
	private static void loadTheDemoStory(SuiteDatabase database) throws Exception {
		String jar = System.getProperty("tracker.command-side.jar");
		assertThat(jar).as("the packaged command side").isNotNull();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		File log = new File("target/cold-start-demo-data.log");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-jar", jar,
				"--spring.main.web-application-type=none", "--tracker.demo-data=load"));
		command.addAll(database.asTestDatabase().applicationArguments());
		Process loader = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
		assertThat(loader.waitFor(5, TimeUnit.MINUTES)).as("the demo story loads; see " + log).isTrue();
		assertThat(loader.exitValue()).as("see " + log).isZero();
		assertThat(Files.readString(log.toPath())).contains(DEMO_STORY_LOADED);
	}

	/**
	 * Copies every stored event as often as asked, each copy with all its ids replaced
	 * (the same way within a copy), so that each copy is a story of its own for the
	 * projections.
	 */
	private static long copyTheStory(SuiteDatabase database, int copies) throws Exception {
		try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
			sql.execute("""
					CREATE FUNCTION pg_temp.copy_ids(body text, copy int) RETURNS text AS $$
					DECLARE id text; result text := body;
					BEGIN
					  FOR id IN SELECT DISTINCT (regexp_matches(body,
					      '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 'g'))[1] LOOP
					    result := replace(result, id, md5(id || ':' || copy)::uuid::text);
					  END LOOP;
					  RETURN result;
					END $$ LANGUAGE plpgsql""");
			sql.execute(
					"""
							INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
							                              payloadtype, payloadrevision, payload, metadata)
							SELECT gen_random_uuid()::text, pg_temp.copy_ids(e.aggregateidentifier, c), e.sequencenumber, e.type,
							       e.timestamp, e.payloadtype, e.payloadrevision,
							       convert_to(pg_temp.copy_ids(convert_from(e.payload, 'UTF8'), c), 'UTF8'), e.metadata
							FROM generate_series(1, %d) AS c CROSS JOIN domainevententry AS e
							ORDER BY c, e.globalindex"""
						.formatted(copies));
			try (ResultSet count = sql.executeQuery("SELECT count(*) FROM domainevententry")) {
				count.next();
				return count.getLong(1);
			}
		}
	}

	private static int status(TrackerProcess process, String path, String user, Duration timeout) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(process.baseUrl() + path)).timeout(timeout);
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":demo-" + user).getBytes(StandardCharsets.UTF_8)));
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
