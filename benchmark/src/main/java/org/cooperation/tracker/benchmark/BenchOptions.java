package org.cooperation.tracker.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run measures and at which sizes; every size is an option so that a quick run
 * is possible ({@code --quick}).
 *
 * @param root the project directory, where the applications' jars are built
 * @param postgresUrl an admin JDBC URL of the PostgreSQL server to use, or {@code null}
 * for an embedded one
 * @param keep whether the benchmark's database is kept at the end
 * @param cds whether the applications are measured started from a class-data-sharing
 * archive ({@link ClassDataSharing}); off for a profile with Java Flight Recorder, with
 * which a dynamic archive crashes JDK 17
 * @param runs how many runs each figure is the median of
 * @param events how many events the store holds before the measurements
 * @param initiatives how many initiatives the status matrix shows
 * @param p1Clients the client counts of P1
 * @param p1Seconds how long each P1 point runs
 * @param p2Seconds how long P2's steady writes run
 * @param p2Rate P2's writes per second
 * @param p3Seconds how long P3 waits for the replay
 * @param p4Reads how many reads of each page P4 times
 * @param p5Writes how many writes P5 times on each record
 * @param p5Events how many events P5's long record holds
 * @param catchUpSeconds how long the query side may take to project the loaded history
 */
record BenchOptions(Path root, String postgresUrl, boolean keep, boolean cds, int runs, int events, int initiatives,
		List<Integer> p1Clients, int p1Seconds, int p2Seconds, int p2Rate, int p3Seconds, int p4Reads, int p5Writes,
		int p5Events, int catchUpSeconds) {

	static final String USAGE = """
			usage: ./tracker.sh bench [--quick] [--keep] [--no-cds] [--runs N] [--events N] [--initiatives N]
			         [--p1-clients 1,16,64] [--p1-seconds S] [--p2-seconds S] [--p2-rate W]
			         [--p3-seconds S] [--p4-reads N] [--p5-writes N] [--p5-events N] [--catchup-seconds S]
			  TRACKER_BENCH_POSTGRES_URL=jdbc:postgresql://host:port/postgres?user=...  use that server
			  (a superuser) instead of an embedded PostgreSQL; TRACKER_SKIP_BUILD=true skips the build.""";

	static BenchOptions parse(String... args) {
		List<String> list = new ArrayList<>(Arrays.asList(args));
		boolean quick = list.remove("--quick");
		boolean keep = list.remove("--keep");
		boolean cds = !list.remove("--no-cds");
		Map<String, String> given = new HashMap<>();
		for (int i = 0; i < list.size(); i += 2) {
			String name = list.get(i);
			if (!NAMES.contains(name)) {
				throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
			}
			if (i + 1 >= list.size()) {
				throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
			}
			given.put(name, list.get(i + 1));
		}
		Values values = new Values(given);
		String url = given.getOrDefault("--postgres-url", System.getenv("TRACKER_BENCH_POSTGRES_URL"));
		return new BenchOptions(Path.of(given.getOrDefault("--root", ".")), (url == null || url.isBlank()) ? null : url,
				keep, cds, values.number("--runs", quick ? 1 : 3), values.number("--events", quick ? 5_000 : 1_000_000),
				values.number("--initiatives", 200), values.numbers("--p1-clients", List.of(1, 16, 64)),
				values.number("--p1-seconds", quick ? 3 : 10), values.number("--p2-seconds", quick ? 3 : 10),
				values.number("--p2-rate", 100), values.number("--p3-seconds", quick ? 15 : 120),
				values.number("--p4-reads", quick ? 30 : 200), values.number("--p5-writes", quick ? 10 : 50),
				values.number("--p5-events", quick ? 1_000 : 10_000),
				values.number("--catchup-seconds", quick ? 300 : 7_200));
	}

	private static final List<String> NAMES = List.of("--root", "--postgres-url", "--runs", "--events", "--initiatives",
			"--p1-clients", "--p1-seconds", "--p2-seconds", "--p2-rate", "--p3-seconds", "--p4-reads", "--p5-writes",
			"--p5-events", "--catchup-seconds");

	private record Values(Map<String, String> given) {

		int number(String name, int otherwise) {
			return given.containsKey(name) ? positive(name, given.get(name)) : otherwise;
		}

		List<Integer> numbers(String name, List<Integer> otherwise) {
			return given.containsKey(name)
					? Arrays.stream(given.get(name).split(",")).map((n) -> positive(name, n.trim())).toList()
					: otherwise;
		}

		private static int positive(String name, String value) {
			try {
				int number = Integer.parseInt(value);
				if (number > 0) {
					return number;
				}
			}
			catch (NumberFormatException ex) {
				// answered below
			}
			throw new IllegalArgumentException(name + " takes a positive whole number, not '" + value + "'\n" + USAGE);
		}

	}

	/** The most P1 clients at once: each writes its own initiative. */
	int maxClients() {
		return p1Clients.stream().mapToInt(Integer::intValue).max().orElse(1);
	}

}
