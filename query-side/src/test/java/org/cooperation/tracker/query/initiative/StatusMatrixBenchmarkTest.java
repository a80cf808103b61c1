package org.cooperation.tracker.query.initiative;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.initiative.ProgressPercent;
import org.cooperation.tracker.kernel.initiative.ProgressReportId;
import org.cooperation.tracker.kernel.initiative.ProgressReported;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.live.ReadModelGeneration;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcPrint;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How fast the status matrix answers with a large history behind it: 200 initiatives of
 * every kind, each with all six countries, and their history. The initiatives and the
 * first progress reports are fed through the initiatives' and the history's projections
 * as the processors would; the rest of the history is copied from those reports in SQL
 * (feeding 100,000 events one by one through the projections takes a quarter of an hour
 * in a test JVM, and the matrix reads the same tables either way). It then reads the
 * matrix API and the matrix page many times through the whole web layer (security filters
 * and rate limit, controllers, JSON or Thymeleaf; MockMvc, so no socket), each read by
 * another official as on a dashboard many people open, and prints p50 and p99 of each,
 * per run and the median of the runs, beside the load average. It asserts only what it
 * read, not how fast: timings on a shared build machine are too noisy to assert.
 * <p>
 * The CI run is short (20,000 events, 10 reads a run). Issue 11's size, with steadier
 * figures and the JIT the applications run with ({@code argLine} empties the test JVMs'
 * C1-only setting):
 * {@code mvn -B test -pl query-side -am -Dtest=StatusMatrixBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false -DargLine= -Dtracker.benchmark.matrix-events=100000
 * -Dtracker.benchmark.matrix-projected=1000 -Dtracker.benchmark.matrix-reads=200}.
 */
// MockMvc's default keeps every request's printout, bodies and all, to print if the test
// fails: 1,800 reads of a half-megabyte page held 2.4 GB, and the collections that
// followed were the slowest reads (the 308 ms p99 this benchmark once printed).
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class StatusMatrixBenchmarkTest extends QuerySideTestBase {

	private static final int INITIATIVES = Integer.getInteger("tracker.benchmark.matrix-initiatives", 200);

	private static final int EVENTS = Integer.getInteger("tracker.benchmark.matrix-events", 20_000);

	/** How many of the events are fed through the projections; the rest are copies. */
	private static final int PROJECTED = Integer.getInteger("tracker.benchmark.matrix-projected", 300);

	private static final AtomicInteger READERS = new AtomicInteger();

	private static final int RUNS = Integer.getInteger("tracker.benchmark.runs", 3);

	private static final int READS_PER_RUN = Integer.getInteger("tracker.benchmark.matrix-reads", 10);

	private static final int EVENTS_PER_TRANSACTION = 1_000;

	@AfterEach
	void leaveNothingBehind() {
		emptyReadModels();
	}

	@Test
	void theMatrixAnswersInMillisecondsWithALargeHistoryBehindIt() throws Exception {
		emptyReadModels();
		long loading = System.nanoTime();
		int events = recordHistory();
		double loadSeconds = (System.nanoTime() - loading) / 1e9;

		// The pages are kept between changes of the read models (KeptUntilChanged): timed
		// both as officials mostly read them, between writes, and as they read them when
		// a
		// change was heard just before every read, so that each read is computed afresh.
		await().atMost(Duration.ofSeconds(30)).until(() -> generation.current() != ReadModelGeneration.UNKNOWN);
		StringBuilder table = new StringBuilder(String.format(
				"%nstatus matrix, %d initiatives x 6 countries, %d events in the history (loaded in %.0f s), %d reads a run%n"
						+ "%-62s %-8s %4s %9s %9s %13s%n",
				INITIATIVES, events, loadSeconds, READS_PER_RUN, "what", "between", "run", "p50 ms", "p99 ms",
				"load average"));
		// The overview (issue 11) reads the same tables: its page is at /, its API at
		// /api/overview.
		// The matrix of the past (issue 12), on both axes, from the participation
		// history:
		// at the history's middle instant, and on a day amid the reports' days.
		String middle = jdbc.queryForObject(
				"SELECT to_char(percentile_disc(0.5) WITHIN GROUP (ORDER BY recorded_at) AT TIME ZONE 'UTC', "
						+ "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM rm_participation_history",
				String.class);
		for (String path : List.of("/api/status-matrix", "/status-matrix", "/api/overview", "/",
				"/api/status-matrix?asOf=" + middle, "/api/status-matrix?effectiveOn=2026-06-01",
				"/status-matrix?axis=effective&on=2026-06-01&compare=2026-03-01")) {
			for (boolean changing : List.of(false, true)) {
				String between = changing ? "changes" : "none";
				time(path, READS_PER_RUN / 4, changing);
				List<Double> p99s = new ArrayList<>();
				List<Double> p50s = new ArrayList<>();
				for (int run = 1; run <= RUNS; run++) {
					List<Double> millis = time(path, READS_PER_RUN, changing);
					p50s.add(percentile(millis, 50));
					p99s.add(percentile(millis, 99));
					table.append(String.format("%-62s %-8s %4d %9.1f %9.1f %13.2f%n", path, between, run,
							p50s.get(run - 1), p99s.get(run - 1),
							ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
				}
				table.append(String.format("%-62s %-8s %4s %9.1f %9.1f%n", path, between, "med", median(p50s),
						median(p99s)));
			}
		}
		for (String path : List.of("/status-matrix", "/")) {
			table.append(String.format("%-22s %,d bytes of HTML%n", path,
					getOk(path).andReturn().getResponse().getContentAsByteArray().length));
		}
		System.out.print(table);

		getOk("/api/status-matrix").andExpect(jsonPath("$.rows", hasSize(INITIATIVES)))
			.andExpect(jsonPath("$.countries", hasSize(6)));
		getOk("/api/overview").andExpect(jsonPath("$.initiatives").value(INITIATIVES))
			.andExpect(jsonPath("$.countries", hasSize(6)));
		assertThat(events).as("the history's entries").isEqualTo(EVENTS);
	}

	/**
	 * Proposes the initiatives, then spreads progress reports over them; the events fed.
	 */
	private int recordHistory() {
		InitiativeKind[] kinds = InitiativeKind.values();
		Set<Country> everyone = EnumSet.allOf(Country.class);
		List<InitiativeId> initiatives = new ArrayList<>();
		project(() -> {
			for (int i = 0; i < INITIATIVES; i++) {
				InitiativeId id = new InitiativeId(UUID.randomUUID());
				initiatives.add(id);
				InitiativeProposed proposed = new InitiativeProposed(id, Fixtures.TASHKENT, Fixtures.CULTURAL_EXCHANGE,
						kinds[i % kinds.length], LocalizedText.english("Initiative " + i), null, Country.KZ, everyone);
				initiativesProjection.on(proposed, Fixtures.recorded(0L, Fixtures.RECORDED, Fixtures.secretariat()));
				historyProjection.on(proposed, UUID.randomUUID().toString(),
						Fixtures.recorded(0L, Fixtures.RECORDED, Fixtures.secretariat()));
			}
		});
		Country[] countries = Country.values();
		int reports = Math.min(EVENTS, PROJECTED) - INITIATIVES;
		long[] sequences = new long[INITIATIVES];
		for (int from = 0; from < reports; from += EVENTS_PER_TRANSACTION) {
			int to = Math.min(reports, from + EVENTS_PER_TRANSACTION);
			int start = from;
			project(() -> {
				for (int n = start; n < to; n++) {
					int initiative = n % INITIATIVES;
					Country country = countries[(n / INITIATIVES) % countries.length];
					ProgressReported report = new ProgressReported(initiatives.get(initiative),
							ProgressReportId.random(), country, new ProgressPercent((n / INITIATIVES) % 101),
							LocalDate.of(2026, 1, 1).plusDays(n % 300), "Report " + n,
							List.of(EvidenceLink.of("https://example.org/report-" + n)));
					long sequence = ++sequences[initiative];
					initiativesProjection.on(report, Fixtures.recorded(sequence, Fixtures.later(n % 100_000),
							Fixtures.liaison(country, "bench-" + n)));
					historyProjection.on(report, UUID.randomUUID().toString(), Fixtures.recorded(sequence,
							Fixtures.later(n % 100_000), Fixtures.liaison(country, "bench-" + n)));
				}
			});
		}
		copyTheReportsUntilTheHistoryHolds(EVENTS);
		return rows("rm_participation_history");
	}

	/**
	 * Copies projected progress reports, each under a new event id and a later sequence,
	 * until the history holds {@code events} entries.
	 */
	private void copyTheReportsUntilTheHistoryHolds(int events) {
		int missing = events - rows("rm_participation_history");
		if (missing <= 0) {
			return;
		}
		jdbc.update("""
				INSERT INTO rm_participation_history (event_id, country, initiative_id, aggregate_sequence, entry_type,
				    from_status, to_status, percent, effective_on, as_of, report_id, note, evidence, recorded_at, actor,
				    actor_role, actor_country, correlation_id, sample)
				SELECT h.event_id || '-copy-' || g, h.country, h.initiative_id, h.aggregate_sequence + 1000 * g,
				    h.entry_type, h.from_status, h.to_status, h.percent, h.effective_on, h.as_of, gen_random_uuid(),
				    h.note, h.evidence, h.recorded_at + g * interval '1 minute', h.actor, h.actor_role, h.actor_country,
				    h.correlation_id, h.sample
				FROM rm_participation_history h CROSS JOIN generate_series(1, ?) g
				WHERE h.entry_type = 'PROGRESS_REPORTED'
				LIMIT ?""", missing / Math.max(1, PROJECTED - INITIATIVES) + 1, missing);
	}

	/**
	 * The times of reads by different officials; with {@code changing}, each after a
	 * change of the read models was heard, as when liaisons write between every two
	 * reads.
	 */
	private List<Double> time(String path, int reads, boolean changing) throws Exception {
		List<Double> millis = new ArrayList<>(reads);
		for (int i = 0; i < reads; i++) {
			if (changing) {
				generation.changed();
			}
			long started = System.nanoTime();
			mvc.perform(get(path).with(user("official-" + READERS.incrementAndGet()).roles("OFFICIAL")))
				.andExpect(status().isOk());
			millis.add((System.nanoTime() - started) / 1e6);
		}
		return millis;
	}

	private static double percentile(List<Double> values, int percent) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index));
	}

	private static double median(List<Double> values) {
		return percentile(values, 50);
	}

}
