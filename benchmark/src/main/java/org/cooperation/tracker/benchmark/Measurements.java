package org.cooperation.tracker.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * P1 to P6 of issue 13, each taken once per run into the table. A measurement that fails
 * is noted in its row and the others go on.
 */
final class Measurements {

	private static final String P2 = "P2 lag, write 2xx to query side";

	private static final String P3 = "P3 replay of all read models";

	private static final String P4_API = "P4 GET /api/status-matrix";

	private static final String P4_PAGE = "P4 GET /status-matrix (page)";

	private static final String P4_INITIATIVE = "P4 GET /initiatives/{id} (page)";

	private static final String P5 = "P5 write on long record / on short";

	private static final String P6_COMMAND = "P6 command side";

	private static final String P6_QUERY = "P6 query side";

	private final BenchOptions options;

	private final TrackerApi api;

	private final BenchDatabase database;

	private final Benchmark.Load load;

	private final ResultTable table;

	private final PrintStream out;

	private final Map<UUID, LiaisonRecord> writers = new HashMap<>();

	private final List<Double> querySideRestarts = new ArrayList<>();

	Measurements(BenchOptions options, TrackerApi api, BenchDatabase database, Benchmark.Load load, ResultTable table,
			PrintStream out) {
		this.options = options;
		this.api = api;
		this.database = database;
		this.load = load;
		this.table = table;
		this.out = out;
	}

	private static String p1(int clients) {
		return "P1 REST writes/s, " + clients + ((clients == 1) ? " client" : " clients");
	}

	void declareRows() throws SQLException {
		for (int clients : options.p1Clients()) {
			table.row(p1(clients),
					(f) -> String.format("REST %.1f/s (%.0f refused)  pgbench %.0f tps  ratio %.3f", f.get("rest"),
							f.get("refused"), f.getOrDefault("pgbench", Double.NaN),
							f.get("rest") / f.getOrDefault("pgbench", Double.NaN)));
		}
		table.row(P2 + " at " + options.p2Rate() + "/s",
				(f) -> String.format("p50 %.1f  p99 %.1f  max %.1f ms  (%.0f writes/s reached)", f.get("p50"),
						f.get("p99"), f.get("max"), f.get("rate")));
		table.row(P3, (f) -> String.format("%,.0f events/s  (%s%,.0f of %,.0f events in %.0f s)", f.get("rate"),
				(f.get("done") < 1) ? "partial: " : "done: ", f.get("events"), f.get("total"), f.get("seconds")));
		for (String read : List.of(P4_API, P4_PAGE, P4_INITIATIVE)) {
			table.row(read,
					(f) -> String.format("p50 %.1f  p99 %.1f ms  (%.0f KB)", f.get("p50"), f.get("p99"), f.get("kb")));
		}
		table.row(P5, (f) -> String.format("%.2f  (%.1f ms on %,.0f events, %.1f ms on %,.0f)", f.get("ratio"),
				f.get("long"), f.get("longEvents"), f.get("short"), f.get("shortEvents")));
		table.row(P6_COMMAND, (f) -> String.format("ready in %s; heap %.0f MB used, %.0f MB live (after a full GC)",
				ready(f), f.get("used"), f.get("live")));
		table.row(P6_QUERY,
				(f) -> String.format("ready in %s%s; heap %.0f MB used, %.0f MB live", ready(f),
						f.containsKey("restart") ? String.format(" (%.1f s on the history)", f.get("restart")) : "",
						f.get("used"), f.get("live")));
		try (Connection connection = database.asOwner()) {
			Map<UUID, Long> versions = History.versions(connection, load.writers());
			for (int i = 0; i < load.writers().size(); i++) {
				UUID initiative = load.writers().get(i);
				writers.put(initiative, new LiaisonRecord(initiative,
						History.COUNTRIES.get(i % History.COUNTRIES.size()), versions.get(initiative), this::version));
			}
		}
	}

	private long version(UUID record) {
		try (Connection connection = database.asOwner()) {
			return History.versions(connection, List.of(record)).get(record);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("reading a record's version", ex);
		}
	}

	private static String ready(Map<String, Double> figures) {
		return String.format("%.1f s", figures.get("ready"))
				+ (figures.containsKey("cds") ? String.format(", %.1f s with CDS", figures.get("cds")) : "");
	}

	void recordStart(Applications apps) {
		// Without the archive (--no-cds) the second start is a plain one as well: its
		// time
		// is the figure's, as before there was an archive.
		table.record(P6_COMMAND,
				options.cds() ? Map.of("ready", apps.commandSidePlainReady(), "cds", apps.commandSide().readySeconds())
						: Map.of("ready", apps.commandSide().readySeconds()));
		table.record(P6_QUERY,
				options.cds() ? Map.of("ready", apps.querySidePlainReady(), "cds", apps.firstQuerySideReady())
						: Map.of("ready", apps.firstQuerySideReady()));
	}

	void recordHeap(Applications apps) throws IOException, InterruptedException {
		for (TrackerProcess process : List.of(apps.commandSide(), apps.querySide())) {
			double[] heap = process.heapMegabytes();
			Map<String, Double> figures = new HashMap<>(Map.of("used", heap[0], "live", heap[1]));
			if (process == apps.querySide() && !querySideRestarts.isEmpty()) {
				figures.put("restart", Latencies.median(querySideRestarts));
			}
			table.record((process == apps.commandSide()) ? P6_COMMAND : P6_QUERY, figures);
		}
	}

	/**
	 * P1: REST writes at each client count, each client on its own record, then pgbench
	 * at the same count.
	 */
	void p1(Pgbench pgbench) throws Exception {
		for (int clients : options.p1Clients()) {
			String row = p1(clients);
			AtomicInteger done = new AtomicInteger();
			AtomicInteger refused = new AtomicInteger();
			Map<String, AtomicInteger> refusals = new ConcurrentSkipListMap<>();
			long deadline = System.nanoTime() + options.p1Seconds() * 1_000_000_000L;
			long started = System.nanoTime();
			ExecutorService pool = Executors.newFixedThreadPool(clients);
			for (UUID initiative : load.writers().subList(0, clients)) {
				LiaisonRecord record = writers.get(initiative);
				pool.execute(() -> {
					while (System.nanoTime() < deadline) {
						try {
							TrackerApi.Answer answer = record.writeNext(api);
							(answer.ok() ? done : refused).incrementAndGet();
							if (!answer.ok()) {
								refusals.computeIfAbsent(Integer.toString(answer.status()), (s) -> new AtomicInteger())
									.incrementAndGet();
							}
						}
						catch (RuntimeException ex) {
							refused.incrementAndGet();
							refusals.computeIfAbsent(ex.getClass().getSimpleName(), (s) -> new AtomicInteger())
								.incrementAndGet();
						}
					}
				});
			}
			pool.shutdown();
			pool.awaitTermination(options.p1Seconds() + 120L, TimeUnit.SECONDS);
			double seconds = (System.nanoTime() - started) / 1e9;
			Map<String, Double> figures = new HashMap<>(
					Map.of("rest", done.get() / seconds, "refused", (double) refused.get()));
			if (!refusals.isEmpty()) {
				// Which answers the refused writes got, in the last run: 409/412 are a
				// client's
				// lot, a 503 is the server's.
				table.note(row, "refused: " + refusals);
			}
			if (pgbench.found()) {
				figures.put("pgbench", pgbench.tps(clients, options.p1Seconds()));
			}
			else {
				table.note(row, "pgbench not found");
			}
			table.record(row, figures);
			out.printf("  %s: REST %.1f/s, pgbench %.0f tps%n", row, figures.get("rest"),
					figures.getOrDefault("pgbench", Double.NaN));
		}
	}

	/**
	 * P2: progress reports at a steady rate, round the writers' records; each 2xx is
	 * followed until the query side's read model holds the version it made
	 * ({@link ProjectionLag}).
	 */
	void p2() throws InterruptedException, SQLException {
		Latencies lags = new Latencies();
		AtomicInteger written = new AtomicInteger();
		AtomicInteger next = new AtomicInteger();
		int total = options.p2Rate() * options.p2Seconds();
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
		ExecutorService workers = Executors.newFixedThreadPool(16);
		long started = System.nanoTime();
		try (Connection connection = database.asOwner(); ProjectionLag lag = new ProjectionLag(connection, lags)) {
			ticker.scheduleAtFixedRate(() -> {
				if (next.get() >= total) {
					return;
				}
				LiaisonRecord record = writers.get(load.writers().get(next.getAndIncrement() % load.writers().size()));
				workers.execute(() -> {
					synchronized (record) {
						if (record.reportProgress(api).ok()) {
							lag.answered(record.initiative, record.version());
							written.incrementAndGet();
						}
					}
				});
			}, 0, 1_000_000_000L / options.p2Rate(), TimeUnit.NANOSECONDS);
			while (next.get() < total) {
				Thread.sleep(50);
			}
			ticker.shutdownNow();
			workers.shutdown();
			workers.awaitTermination(120, TimeUnit.SECONDS);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		Map<String, Double> figures = Map.of("p50", lags.percentileMillis(50), "p99", lags.percentileMillis(99), "max",
				lags.maxMillis(), "rate", written.get() / seconds);
		table.record(P2 + " at " + options.p2Rate() + "/s", figures);
		out.printf("  P2: p50 %.1f ms, p99 %.1f ms over %d writes%n", figures.get("p50"), figures.get("p99"),
				lags.count());
	}

	/**
	 * P3: a replay of every read model, followed until done or for {@code --p3-seconds};
	 * one still running is ended by restarting the query side when more measurements
	 * follow.
	 */
	void p3(Applications apps, boolean moreFollow) throws Exception {
		long started = System.nanoTime();
		TrackerApi.Answer startedReplay = api.postToQuerySide("/api/replays", "auditor", Map.of())
			.expectOk("starting a replay");
		String location = startedReplay.location();
		JsonNode progress = startedReplay.json();
		long deadline = started + options.p3Seconds() * 1_000_000_000L;
		while (System.nanoTime() < deadline && !finished(progress)) {
			Thread.sleep(1000);
			progress = api.read(location, "auditor", Map.of()).expectOk("following the replay").json();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		boolean done = "DONE".equals(progress.path("state").asText());
		double events = progress.path("eventsDone").asDouble();
		table.record(P3, Map.of("rate", events / seconds, "events", events, "total",
				progress.path("eventsTotal").asDouble(), "seconds", seconds, "done", done ? 1.0 : 0.0));
		if (!"DONE".equals(progress.path("state").asText()) && !"".equals(progress.path("failure").asText(""))) {
			table.note(P3, "failed: " + progress.path("failure").asText());
		}
		out.printf("  P3: %s, %,.0f events in %.0f s%n", progress.path("state").asText(), events, seconds);
		if (!finished(progress) && moreFollow) {
			out.println("  P3: restarting the query side to end the replay");
			querySideRestarts.add(apps.restartQuerySide());
			api.useQuerySide(apps.querySide().port);
		}
	}

	private static boolean finished(JsonNode progress) {
		String state = progress.path("state").asText();
		return "DONE".equals(state) || "FAILED".equals(state);
	}

	/**
	 * P4: the status matrix (API and page) and an initiative's page, read one after
	 * another as an official.
	 */
	void p4() {
		Map<String, String> reads = new LinkedHashMap<>();
		reads.put(P4_API, "/api/status-matrix");
		reads.put(P4_PAGE, "/status-matrix");
		reads.put(P4_INITIATIVE, "/initiatives/" + load.shownRecord());
		reads.forEach((row, path) -> {
			Latencies times = new Latencies();
			long bytes = 0;
			for (int i = 0; i < 5 + options.p4Reads(); i++) {
				long started = System.nanoTime();
				TrackerApi.Answer read = api.read(path, "official", Map.of()).expectOk("reading " + path);
				if (i >= 5) {
					times.add(System.nanoTime() - started);
				}
				bytes = read.body().length();
			}
			table.record(row,
					Map.of("p50", times.percentileMillis(50), "p99", times.percentileMillis(99), "kb", bytes / 1024.0));
			out.printf("  %s: p50 %.1f ms%n", row, times.percentileMillis(50));
		});
	}

	/**
	 * P5: progress reports on the long record and on the short one, in turn, one at a
	 * time.
	 */
	void p5() {
		LiaisonRecord longRecord = new LiaisonRecord(load.longRecord(), "KZ", version(load.longRecord()),
				this::version);
		LiaisonRecord shortRecord = new LiaisonRecord(load.shortRecord(), "KZ", version(load.shortRecord()),
				this::version);
		double longEvents = longRecord.version() + 1;
		double shortEvents = shortRecord.version() + 1;
		Latencies longTimes = new Latencies();
		Latencies shortTimes = new Latencies();
		for (int i = 0; i < options.p5Writes(); i++) {
			timeWrite(longRecord, longTimes);
			timeWrite(shortRecord, shortTimes);
		}
		double longMedian = longTimes.percentileMillis(50);
		double shortMedian = shortTimes.percentileMillis(50);
		table.record(P5, Map.of("ratio", longMedian / shortMedian, "long", longMedian, "short", shortMedian,
				"longEvents", longEvents, "shortEvents", shortEvents));
		out.printf("  P5: %.1f ms on %,.0f events, %.1f ms on %,.0f%n", longMedian, longEvents, shortMedian,
				shortEvents);
	}

	private void timeWrite(LiaisonRecord record, Latencies times) {
		long started = System.nanoTime();
		if (record.reportProgress(api).ok()) {
			times.add(System.nanoTime() - started);
		}
	}

}
