package org.cooperation.tracker.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Both applications as processes on the benchmark's database: the command side first (it
 * migrates the event store), then the query side; stopped in the reverse order.
 */
final class Applications implements AutoCloseable {

	private static final int START_LIMIT_SECONDS = 300;

	private final Path root;

	private final BenchDatabase database;

	private final Path work;

	private final boolean cds;

	private TrackerProcess commandSide;

	private TrackerProcess querySide;

	private double firstQuerySideReady = Double.NaN;

	private String catchUp = "the query side was not waited for";

	private int queryStarts;

	private List<String> queryLaunch;

	/**
	 * P6 as a plain {@code java -jar}: the command side's seconds to ready, the query
	 * side's.
	 */
	private final double[] plainReady = { Double.NaN, Double.NaN };

	Applications(Path root, BenchDatabase database, Path work, boolean cds) {
		this.root = root;
		this.cds = cds;
		this.database = database;
		this.work = work;
	}

	/**
	 * Starts each application twice: as a plain {@code java -jar}, for P6, then from a
	 * class-data-sharing archive trained on this database ({@link ClassDataSharing}),
	 * which is the one measured from then on.
	 */
	void start() throws IOException, InterruptedException {
		Path commandJar = TrackerProcess.built(jar("command-side"));
		Path queryJar = TrackerProcess.built(jar("query-side"));
		plainReady[0] = startedPlainly("command side", commandJar, "command-side-plain.log");
		commandSide = TrackerProcess.start("command side", launch(commandJar, "command-side"), database,
				work.resolve("command-side.log"));
		commandSide.awaitReady(START_LIMIT_SECONDS);
		plainReady[1] = startedPlainly("query side", queryJar, "query-side-plain.log");
		queryLaunch = launch(queryJar, "query-side");
		startQuerySide();
		firstQuerySideReady = querySide.readySeconds();
	}

	/** How an application is started once measured: from its archive, or its jar. */
	private List<String> launch(Path jar, String module) throws IOException, InterruptedException {
		return cds ? ClassDataSharing.prepare(jar, work.resolve("cds/" + module), database)
				: List.of("-jar", jar.toString());
	}

	/** Starts and stops an application from its jar; the seconds it took to be ready. */
	private double startedPlainly(String name, Path jar, String log) throws IOException, InterruptedException {
		try (TrackerProcess plain = TrackerProcess.start(name, jar, database, work.resolve(log))) {
			plain.awaitReady(START_LIMIT_SECONDS);
			return plain.readySeconds();
		}
	}

	private void startQuerySide() throws IOException, InterruptedException {
		queryStarts++;
		querySide = TrackerProcess.start("query side", queryLaunch, database,
				work.resolve("query-side-" + queryStarts + ".log"));
		querySide.awaitReady(START_LIMIT_SECONDS);
	}

	/**
	 * Stops the query side and starts it again: what ends a replay that is still running
	 * (there is no cancelling one), so that it takes no CPU from the next measurement.
	 * Returns the seconds the new one took to be ready, with the whole history behind it.
	 */
	double restartQuerySide() throws IOException, InterruptedException {
		querySide.close();
		startQuerySide();
		return querySide.readySeconds();
	}

	private Path jar(String module) {
		return root.resolve(module + "/target/" + module + "-" + Benchmark.VERSION + ".jar");
	}

	TrackerApi api() {
		return new TrackerApi(commandSide.port, querySide.port);
	}

	TrackerProcess commandSide() {
		return commandSide;
	}

	TrackerProcess querySide() {
		return querySide;
	}

	/** P6 without the archive, as a plain {@code java -jar}: the command side's. */
	double commandSidePlainReady() {
		return plainReady[0];
	}

	/** P6 without the archive, as a plain {@code java -jar}: the query side's. */
	double querySidePlainReady() {
		return plainReady[1];
	}

	/** P6's start of the query side on an empty store, before any restart. */
	double firstQuerySideReady() {
		return firstQuerySideReady;
	}

	/**
	 * Waits until every projection has applied every event (/actuator/projections, as an
	 * auditor), at most the seconds given, and notes the rate at which they caught up.
	 */
	void awaitCaughtUp(long events, int seconds, PrintStream out) throws InterruptedException {
		TrackerApi api = api();
		long started = System.nanoTime();
		long deadline = started + seconds * 1_000_000_000L;
		long lag = Long.MAX_VALUE;
		long shownAt = 0;
		while (System.nanoTime() < deadline) {
			JsonNode projections = api.read("/actuator/projections", "auditor", Map.of())
				.expectOk("reading the projections' lag")
				.json()
				.get("projections");
			lag = 0;
			StringBuilder behind = new StringBuilder();
			for (JsonNode projection : projections) {
				long behindBy = projection.path("lagEvents").asLong(Long.MAX_VALUE);
				lag = Math.max(lag, behindBy);
				if (behindBy > 0) {
					behind.append(String.format(" %s %,d", projection.path("processor").asText(), behindBy));
				}
			}
			if (lag == 0) {
				break;
			}
			if (System.nanoTime() - shownAt > 30_000_000_000L) {
				out.printf("The query side is projecting the history; events still to apply:%s%n", behind);
				shownAt = System.nanoTime();
			}
			Thread.sleep(500);
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		catchUp = (lag > 0)
				? String.format("the query side had NOT caught up after %d s, %,d events behind", seconds, lag)
				: String.format("the query side caught up in %.0f s, %,.0f events/s", elapsed, events / elapsed);
		out.println(catchUp.substring(0, 1).toUpperCase() + catchUp.substring(1));
	}

	/** How the query side caught up with the loaded history, for the table's heading. */
	String catchUp() {
		return catchUp;
	}

	@Override
	public void close() {
		if (querySide != null) {
			querySide.close();
		}
		if (commandSide != null) {
			commandSide.close();
		}
	}

}
