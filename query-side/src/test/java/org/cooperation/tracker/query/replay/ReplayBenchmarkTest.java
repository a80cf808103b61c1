package org.cooperation.tracker.query.replay;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.query.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay rate: 200 initiatives of the five members with the story's 16 events each,
 * and as many more progress reports as {@code -Dtracker.benchmark.replay-reports} asks
 * (none in CI), replayed in full (every read model, built beside, compared, switched)
 * once in CI, {@code -Dtracker.benchmark.replay-runs=3} times for a median. Prints
 * events, seconds and events a second of each, their median, and the load average;
 * asserts only that each replay found the read models identical.
 */
class ReplayBenchmarkTest extends ReplayTestBase {

	private static final int CI_REPORTS = 0;

	private static final int REPORTS = Integer.getInteger("tracker.benchmark.replay-reports", CI_REPORTS);

	/** One in CI, where the figure is only shown to work; three for a median. */
	private static final int RUNS = Integer.getInteger("tracker.benchmark.replay-runs", 1);

	private static final int INITIATIVES = 200;

	@Test
	void replayRate() throws Exception {
		List<InitiativeId> initiatives = recordInitiatives(INITIATIVES);
		List<GenericDomainEventMessage<?>> batch = new ArrayList<>();
		Country[] members = Fixtures.MEMBERS.toArray(Country[]::new);
		for (int report = 0; report < REPORTS; report++) {
			InitiativeId initiative = initiatives.get(report % INITIATIVES);
			long sequence = 16 + report / INITIATIVES;
			batch.add(progress(initiative, sequence, members[report % members.length], report % 101));
			if (batch.size() == 1000) {
				storageEngine.appendEvents(batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			storageEngine.appendEvents(batch);
		}
		awaitCaughtUp();
		long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);

		List<Double> rates = new ArrayList<>();
		for (int run = 1; run <= RUNS; run++) {
			long started = System.nanoTime();
			JsonNode done = awaitFinished(startReplay("{}"), Duration.ofHours(2));
			double seconds = (System.nanoTime() - started) / 1e9;
			assertThat(done.path("comparison").path("identical").asBoolean()).as(done.toPrettyString()).isTrue();
			double rate = done.path("eventsPerSecond").asDouble();
			rates.add(rate);
			System.out.printf(
					"ReplayBenchmark: run %d: %,d events, %,.0f events/s building, %.1f s in all "
							+ "(switch and comparison of %,d rows included), load average %.2f%n",
					run, done.path("eventsDone").asLong(), rate, seconds,
					done.path("comparison").path("rowsEqual").asLong(),
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
		rates.sort(Double::compare);
		System.out.printf(
				"ReplayBenchmark: %,d events, every read model: median %,.0f events/s (runs %s), "
						+ "load average %.2f, %d cores%n",
				events, rates.get(rates.size() / 2),
				rates.stream().map((rate) -> String.format("%,.0f", rate)).toList(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors());
	}

}
