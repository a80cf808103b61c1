package org.cooperation.tracker.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The benchmark end to end at the smallest sizes, on an embedded PostgreSQL, with the
 * applications' jars the build has just packaged: it must print its table with every row.
 * The figures are printed, never judged (a loaded build machine is no reason to fail). 77
 * s on the 2-core build machine; 136-174 s while other jobs loaded it (load average
 * 7-13): the two applications took 44-73 s to start and the query side 25 s to catch up.
 */
class BenchmarkRunTest {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	@Test
	void printsEveryRowOfTheTable() throws Exception {
		assumeTrue(Files.isRegularFile(ROOT.resolve("query-side/target/query-side-" + Benchmark.VERSION + ".jar")),
				"the applications' jars are packaged before this module in the reactor (mvn verify)");
		String table = Benchmark.run(BenchOptions.parse("--quick", "--root", ROOT.toString(), "--postgres-url", "",
				"--events", "2000", "--initiatives", "70", "--p1-seconds", "2", "--p2-seconds", "2", "--p2-rate", "20",
				"--p3-seconds", "5", "--p4-reads", "10", "--p5-writes", "3", "--p5-events", "200"), System.out);
		assertThat(table).contains("P1 REST writes/s, 1 client", "P1 REST writes/s, 16 clients",
				"P1 REST writes/s, 64 clients", "P2 lag", "P3 replay", "P4 GET /api/status-matrix",
				"P4 GET /status-matrix (page)", "P4 GET /initiatives/{id} (page)", "P5 write", "P6 command side",
				"s with CDS", "P6 query side");
	}

}
