package org.cooperation.tracker.benchmark;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code ./tracker.sh bench}: starts a durable PostgreSQL (or uses the server named by
 * TRACKER_BENCH_POSTGRES_URL), a fresh database on it, both applications as real
 * processes; loads the story through the API and the volume by SQL; measures P1 to P6 of
 * issue 13 {@code --runs} times and prints one table of medians. It prints figures and
 * never judges them: a slow figure is a finding, not a failure.
 */
public final class Benchmark {

	static final String VERSION = "0.1.0-SNAPSHOT";

	private final BenchOptions options;

	private final PrintStream out;

	private final ResultTable table = new ResultTable();

	private final List<AutoCloseable> cleanup = new ArrayList<>();

	/** Set when the JVM is shutting down under the benchmark (Ctrl-C). */
	private static volatile boolean interrupted;

	private Benchmark(BenchOptions options, PrintStream out) {
		this.options = options;
		this.out = out;
	}

	public static void main(String[] args) {
		BenchOptions options;
		try {
			options = BenchOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		try {
			run(options, System.out);
		}
		catch (Exception ex) {
			if (interrupted) {
				// Ctrl-C: the cleanup stopped what the benchmark started, the database
				// with it.
				System.err.println("Interrupted; the applications are stopped.");
			}
			else {
				System.err.println("The benchmark could not run: " + ex);
				ex.printStackTrace();
			}
			System.exit(1);
		}
		System.exit(0);
	}

	/** Runs the whole benchmark and returns the table it printed. */
	static String run(BenchOptions options, PrintStream out) throws Exception {
		Benchmark benchmark = new Benchmark(options, out);
		Thread onInterrupt = new Thread(() -> {
			interrupted = true;
			benchmark.cleanUp();
		}, "bench-cleanup");
		Runtime.getRuntime().addShutdownHook(onInterrupt);
		try {
			return benchmark.measure();
		}
		finally {
			benchmark.cleanUp();
			try {
				Runtime.getRuntime().removeShutdownHook(onInterrupt);
			}
			catch (IllegalStateException ex) {
				// already shutting down: the hook runs the same cleanup
			}
		}
	}

	private String measure() throws Exception {
		Path work = options.root()
			.resolve("benchmark/target/bench-"
					+ LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")))
			.toAbsolutePath()
			.normalize();
		Files.createDirectories(work);
		out.println("Benchmark work directory (logs): " + work);
		BenchDatabase database = (options.postgresUrl() != null) ? BenchDatabase.onServer(options.postgresUrl())
				: BenchDatabase.embedded(work.resolve("postgres"), options.keep());
		cleanup.add(database);
		database.create();
		// An embedded server's data directory goes with it; a shared server's database is
		// dropped.
		if (!options.keep() && !database.isEmbedded()) {
			cleanup.add(0, database::drop);
		}
		String server = database.describe();
		out.println(server + "; database " + database.name);
		Applications apps = new Applications(options.root(), database, work, options.cds());
		cleanup.add(0, apps);
		apps.start();
		TrackerApi api = apps.api();

		out.println("Loading the story through the API...");
		History.Story story = History.tell(api);
		Load load;
		try (Connection owner = database.asOwner()) {
			load = Load.of(options, story, owner, out);
		}
		apps.awaitCaughtUp(load.totalEvents(), options.catchUpSeconds(), out);
		Measurements measurements = new Measurements(options, api, database, load, table, out);
		measurements.declareRows();
		measurements.recordStart(apps);
		Pgbench pgbench = Pgbench.prepare(database, work);
		for (int run = 1; run <= options.runs(); run++) {
			out.println("Run " + run + " of " + options.runs() + "...");
			measurements.p1(pgbench);
			measurements.p2();
			measurements.p4();
			measurements.p5();
			boolean last = run == options.runs();
			if (last) {
				// Before the last replay, which is left running when the applications
				// stop.
				measurements.recordHeap(apps);
			}
			measurements.p3(apps, !last);
		}
		String heading = String.format(
				"Benchmark: %,d events (%,d loaded by SQL in %.0f s; %s), "
						+ "%d initiatives x %d countries, %d cores%n%s",
				load.totalEvents(), load.bulkEvents(), load.seconds(), apps.catchUp(), options.initiatives(),
				History.COUNTRIES.size(), Runtime.getRuntime().availableProcessors(), server);
		String printed = table.print(heading, options.runs());
		out.println();
		out.print(printed);
		return printed;
	}

	private synchronized void cleanUp() {
		for (AutoCloseable step : cleanup) {
			try {
				step.close();
			}
			catch (Exception ex) {
				out.println("Cleaning up: " + ex.getMessage());
			}
		}
		cleanup.clear();
	}

	/**
	 * The history as loaded: the records P1, P2 and P5 write, the record P4's initiative
	 * page shows, and how many events the store holds.
	 */
	record Load(List<UUID> writers, UUID longRecord, UUID shortRecord, UUID shownRecord, long totalEvents,
			long bulkEvents, double seconds) {

		static Load of(BenchOptions options, History.Story story, Connection owner, PrintStream out)
				throws SQLException {
			long started = System.nanoTime();
			long storyEvents = History.eventCount(owner);
			// The story's template and short record count among the matrix's initiatives.
			int copies = Math.max(options.maxClients() + 2, options.initiatives() - 2);
			List<UUID> initiatives = History.copyInitiative(owner, story.template(), copies);
			List<UUID> writers = initiatives.subList(0, options.maxClients());
			UUID longRecord = initiatives.get(options.maxClients());
			List<UUID> bulk = initiatives.subList(options.maxClients() + 1, initiatives.size());
			long before = History.eventCount(owner);
			long templateSize = History.versions(owner, List.of(story.template())).get(story.template()) + 1;
			int longRecordAdds = (int) Math.max(0, options.p5Events() - templateSize);
			int eachBulk = (int) Math.max(0, (options.events() - before - longRecordAdds) / bulk.size());
			out.printf("Copying the story: %d initiatives; appending %,d progress reports to each of %d and %,d to "
					+ "the long record...%n", copies, eachBulk, bulk.size(), longRecordAdds);
			History.appendProgressReports(owner, story.template(), List.of(longRecord), longRecordAdds);
			History.appendProgressReports(owner, story.template(), bulk, eachBulk);
			long total = History.eventCount(owner);
			double seconds = (System.nanoTime() - started) / 1e9;
			out.printf("Loaded %,d events by SQL in %.1f s; the store holds %,d.%n", total - storyEvents, seconds,
					total);
			return new Load(writers, longRecord, story.shortRecord(), bulk.get(0), total, total - storyEvents, seconds);
		}

	}

}
