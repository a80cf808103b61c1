package org.cooperation.tracker.query.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What sealing and verifying cost: a history of events the size of real ones (a payload
 * of some 800 bytes, metadata of some 150) is sealed and then verified from the database,
 * and the verifier's time is set beside a plain read of the same rows, so the report says
 * whether reading or hashing dominates. Prints figures, asserts only correctness. CI runs
 * 20,000 events; {@code -Dtracker.benchmark.ledger.events=1000000} runs the full size.
 */
class LedgerBenchmarkTest {

	private static final int EVENTS = Integer.getInteger("tracker.benchmark.ledger.events", 20_000);

	@Test
	void sealAndVerifyAHistory() throws Exception {
		LedgerDatabase db = new LedgerDatabase();
		long started = System.nanoTime();
		db.jdbc.update("""
				INSERT INTO domainevententry (globalindex, eventidentifier, aggregateidentifier, sequencenumber, type,
				    timestamp, payloadtype, payloadrevision, payload, metadata)
				SELECT g, md5(g::text)::uuid::text, md5((g / 50)::text)::uuid::text, g % 50, 'Initiative',
				    '2025-11-20T09:00:00.' || lpad((g % 1000)::text, 3, '0') || 'Z',
				    'org.cooperation.tracker.kernel.initiative.ProgressReported', '1',
				    convert_to('{"initiativeId":"' || md5((g / 50)::text)::uuid || '","country":"KZ","percent":'
				        || (g % 101) || ',"reportedOn":"2025-12-01","note":"' || repeat('Прогресс ', 40) || g
				        || '","evidence":[]}', 'UTF8'),
				    convert_to('{"actor":"liaison-kz","country":"KZ","role":"LIAISON","correlationId":"'
				        || md5(g::text) || '","traceId":"' || md5((g + 1)::text) || '"}', 'UTF8')
				FROM generate_series(1, ?) g
				""", EVENTS);
		// Positions given by hand: the sequence is moved past them, as appends move it
		// (readers go no further than the sequence has drawn).
		db.jdbc.execute("SELECT setval('domain_event_global_index', " + EVENTS + ")");
		db.jdbc.execute("VACUUM ANALYZE domainevententry");
		Duration written = since(started);

		started = System.nanoTime();
		long sealed = db.sealer(5_000).sealAll();
		Duration sealing = since(started);
		assertThat(sealed).isEqualTo(EVENTS);

		started = System.nanoTime();
		long bytes = readEveryRow(db);
		Duration reading = since(started);

		started = System.nanoTime();
		HistoryVerifier.Report report = db.verify(db.latestCheckpoint());
		Duration verifying = since(started);
		assertThat(report.findings()).isEmpty();
		assertThat(report.eventsRead()).isEqualTo(EVENTS);

		int hashed = Math.min(EVENTS, 20_000);
		Duration hashing = hashOnly(db, hashed);

		System.out.printf("""
				ledger benchmark: %,d events (%,d MB of payload and metadata)
				  written by SQL        %,8d ms
				  sealed                %,8d ms  (%,.0f events/s, batches of 5,000)
				  plain read of rows    %,8d ms
				  verified (read+hash)  %,8d ms  (%,.0f events/s)
				  hashing alone         %,8.0f ms per million events (encoding + SHA-256, measured on %,d)
				""", EVENTS, bytes / 1_000_000, written.toMillis(), sealing.toMillis(),
				EVENTS / (sealing.toMillis() / 1000.0), reading.toMillis(), verifying.toMillis(),
				EVENTS / (verifying.toMillis() / 1000.0), hashing.toNanos() / 1_000_000.0 * 1_000_000.0 / hashed,
				hashed);
	}

	/** What the verifier reads, without hashing anything: the floor of its time. */
	private static long readEveryRow(LedgerDatabase db) throws Exception {
		long bytes = 0;
		try (Connection connection = db.connect()) {
			connection.setAutoCommit(false);
			try (PreparedStatement query = connection
				.prepareStatement("SELECT " + EventLeaf.COLUMNS + " FROM domainevententry ORDER BY globalindex")) {
				query.setFetchSize(2_000);
				query.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						EventLeaf event = EventLeaf.read(rows);
						bytes += event.payload().length + event.metadata().length;
					}
				}
			}
			connection.rollback();
		}
		return bytes;
	}

	/** Leaf encoding, SHA-256 and the tree's nodes for events already in memory. */
	private static Duration hashOnly(LedgerDatabase db, int count) {
		java.util.List<EventLeaf> events = db.jdbc.query(
				"SELECT " + EventLeaf.COLUMNS + " FROM domainevententry ORDER BY globalindex LIMIT ?",
				(row, i) -> EventLeaf.read(row), count);
		CompactRange tree = new CompactRange();
		long started = System.nanoTime();
		for (EventLeaf event : events) {
			tree.append(event.leafHash());
		}
		Duration spent = since(started);
		assertThat(tree.size()).isEqualTo(count);
		return spent;
	}

	private static Duration since(long started) {
		return Duration.ofNanos(System.nanoTime() - started);
	}

}
