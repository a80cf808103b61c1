package org.cooperation.tracker.query.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports stream in constant memory: {@value #CI_EVENTS} events of about 1.5 KB each
 * (CI size; {@code -Dtracker.benchmark.export-events=1000000} for the full one) are
 * exported as NDJSON and as CSV into a stream that only counts, while the heap is
 * sampled. At each quarter of the export a full collection shows what is still held: it
 * stays flat however many events have gone by, where holding them would grow by the
 * export's size. Prints the heap before, after and at its peak; asserts nothing about
 * time.
 */
class HistoryExportHeapBenchmarkTest {

	private static final int CI_EVENTS = 20_000;

	private static final int EVENTS = Integer.getInteger("tracker.benchmark.export-events", CI_EVENTS);

	private static final long MB = 1024 * 1024;

	private static EventStoreRows store;

	@BeforeAll
	static void manyEvents() {
		store = new EventStoreRows();
		long started = System.nanoTime();
		// In batches, so that a million rows are not one statement's work.
		for (int first = 0; first < EVENTS; first += 50_000) {
			store.jdbc.update(
					"""
							INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type,
							    timestamp, payloadtype, payloadrevision, payload, metadata)
							SELECT gen_random_uuid()::text, 'initiative-' || (g % 1000), g / 1000, 'Initiative',
							    to_char(timestamp '2025-11-14' + g * interval '1 second', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
							    'org.cooperation.tracker.kernel.initiative.ProgressReported', '1',
							    convert_to(json_build_object('initiativeId', json_build_object('value', md5((g % 1000)::text)::uuid),
							        'country', (ARRAY['KZ','UZ','KG','TJ','TM','AZ'])[1 + g % 6], 'percent', json_build_object('value', g % 101),
							        'asOf', '2025-12-01', 'note', repeat('Прогресс есебі, progress report ' || g || '. ', 30),
							        'evidence', json_build_array())::text, 'UTF8'),
							    convert_to(json_build_object('actor', 'liaison-' || g % 6, 'actorRole', 'LIAISON',
							        'correlationId', 'corr-' || g)::text, 'UTF8')
							FROM generate_series(?, ?) AS g""",
					first, Math.min(first + 50_000, EVENTS) - 1);
		}
		System.out.printf("HistoryExportHeapBenchmark: stored %,d events in %.1f s%n", EVENTS,
				(System.nanoTime() - started) / 1e9);
	}

	/**
	 * A page of a selective filter reads its index, not the whole table: one initiative
	 * of a thousand, one request, one hour.
	 */
	@Test
	void aSelectiveFilterReadsItsIndex() {
		store.jdbc.execute("ANALYZE domainevententry");
		String initiative = store.jdbc.queryForObject("SELECT md5('7')::uuid::text", String.class);
		String plan = store.history.plan(HistoryFilter.of(null, initiative, null, null, null, null, null, null), 0,
				100);
		System.out.println("HistoryExportHeapBenchmark plan, one initiative:\n" + plan);
		assertThat(plan).contains("domainevententry_audit_initiative_ix").doesNotContain("Seq Scan");
		plan = store.history.plan(HistoryFilter.of(null, null, null, null, null, "corr-1234", null, null), 0, 100);
		assertThat(plan).contains("domainevententry_audit_correlation_ix").doesNotContain("Seq Scan");
		plan = store.history.plan(
				HistoryFilter.of(null, null, null, null, null, null, "2025-11-14T05:00Z", "2025-11-14T05:01Z"), 0, 100);
		assertThat(plan).contains("domainevententry_audit_recorded_ix").doesNotContain("Seq Scan");
	}

	@Test
	void theNdjsonExportHoldsNoMoreAfterManyEventsThanAfterFew() throws IOException {
		measure("NDJSON",
				(out) -> new EventExports(store.history, store.json).ndjson(HistoryFilter.EVERYTHING, 0, out));
	}

	@Test
	void theCsvExportHoldsNoMoreAfterManyEventsThanAfterFew() throws IOException {
		measure("CSV", (out) -> new EventExports(store.history, store.json).csv(HistoryFilter.EVERYTHING, 0, out));
	}

	private static void measure(String format, Export export) throws IOException {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long before = liveHeap(memory);
		// The JVM keeps each heap pool's peak itself: reset before, read after; no
		// sampling
		// thread. The pools' peaks are added, so the figure is an upper bound.
		List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
		Checkpoints out = new Checkpoints(memory, EVENTS / 4);
		long started = System.nanoTime();
		long written = export.to(out);
		double seconds = (System.nanoTime() - started) / 1e9;
		long peak = heapPools.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		long after = liveHeap(memory);
		System.out.printf(
				"HistoryExportHeapBenchmark %s: %,d events, %,d MB written in %.1f s; heap live before %,d MB, "
						+ "after %,d MB, peak used %,d MB; live at each quarter %s MB (max heap %,d MB)%n",
				format, written, out.bytes / MB, seconds, before / MB, after / MB, peak / MB,
				out.live.stream().map((live) -> Long.toString(live / MB)).toList(),
				memory.getHeapMemoryUsage().getMax() / MB);
		assertThat(written).isEqualTo(EVENTS);
		assertThat(out.live).hasSizeGreaterThanOrEqualTo(3);
		// Holding the events would grow the live heap by at least what they take as text.
		long growth = out.live.get(out.live.size() - 1) - out.live.get(0);
		assertThat(growth).isLessThan(out.bytes / 4);
	}

	private static long liveHeap(MemoryMXBean memory) {
		System.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

	@FunctionalInterface
	private interface Export {

		long to(OutputStream out) throws IOException;

	}

	/**
	 * Counts what is written, and at every {@code every} lines collects and notes the
	 * live heap.
	 */
	private static final class Checkpoints extends OutputStream {

		private final MemoryMXBean memory;

		private final long every;

		private final List<Long> live = new ArrayList<>();

		private long bytes;

		private long lines;

		Checkpoints(MemoryMXBean memory, long every) {
			this.memory = memory;
			this.every = every;
		}

		@Override
		public void write(int b) {
			count(b);
		}

		@Override
		public void write(byte[] data, int offset, int length) {
			for (int i = offset; i < offset + length; i++) {
				count(data[i]);
			}
		}

		private void count(int b) {
			bytes++;
			if (b == '\n' && ++lines % every == 0) {
				live.add(liveHeap(memory));
			}
		}

	}

}
