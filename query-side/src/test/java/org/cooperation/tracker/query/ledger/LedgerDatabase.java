package org.cooperation.tracker.query.ledger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.cooperation.tracker.eventstore.ReadHorizon;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import org.cooperation.tracker.testing.TestPostgres;

/**
 * A database of its own for one ledger test, on the real PostgreSQL the tests run: the
 * command side's event table from its own migration, the query side's tables from its
 * migrations, and a history of events written as the command side stores them. Tests may
 * then alter the event table as its owner could.
 */
final class LedgerDatabase {

	static final String ORIGIN = "tracker.test/events";

	final TestPostgres.Database database = TestPostgres.newDatabase();

	final DataSource dataSource;

	final JdbcTemplate jdbc;

	final TransactionTemplate transactions;

	LedgerDatabase() {
		dataSource = new DriverManagerDataSource(database.url(), database.user(), database.password());
		jdbc = new JdbcTemplate(dataSource);
		transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		try {
			jdbc.execute(
					Files.readString(Path.of("../command-side/src/main/resources/db/event-store/V1__event_store.sql")));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/query")
			.table("flyway_query_history")
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
	}

	Sealer sealer(int batchSize) {
		return new Sealer(jdbc, transactions, new ReadHorizon(ReadHorizon.GLOBAL_INDEX_SEQUENCE), ORIGIN, batchSize);
	}

	/**
	 * Events at positions 1 to {@code last}, except the ones in {@code gaps} (rolled-back
	 * appends): three records, some events without metadata or revision.
	 */
	void appendHistory(int last, Set<Integer> gaps) {
		List<String> records = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
				UUID.randomUUID().toString());
		long[] sequence = new long[records.size()];
		for (int position = 1; position <= last; position++) {
			if (gaps.contains(position)) {
				continue;
			}
			int record = position % records.size();
			append(position, records.get(record), sequence[record]++);
		}
		jdbc.execute("SELECT setval('domain_event_global_index', " + last + ")");
	}

	/** Events at positions {@code from} to {@code to}, on a record of their own. */
	void appendMore(int from, int to) {
		String record = UUID.randomUUID().toString();
		for (int position = from; position <= to; position++) {
			append(position, record, position - from);
		}
		jdbc.execute("SELECT setval('domain_event_global_index', " + to + ")");
	}

	void append(long position, String record, long sequence) {
		String country = List.of("KZ", "UZ", "KG", "TJ", "TM").get((int) (position % 5));
		String payload = "{\"initiativeId\":\"" + record + "\",\"country\":\"" + country + "\",\"percent\":"
				+ (position % 101) + ",\"note\":\"Отчёт " + position + "\"}";
		String metadata = (position % 7 == 0) ? null
				: "{\"actor\":\"liaison-" + country.toLowerCase() + "\",\"country\":\"" + country
						+ "\",\"role\":\"LIAISON\",\"correlationId\":\"corr-" + position + "\"}";
		jdbc.update(
				"INSERT INTO domainevententry (globalindex, eventidentifier, aggregateidentifier, sequencenumber, type, "
						+ "timestamp, payloadtype, payloadrevision, payload, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				position, "event-" + position + "-" + UUID.randomUUID(), record, sequence, "Initiative",
				"2025-11-20T09:" + String.format("%02d", position % 60) + ":00Z",
				"org.cooperation.tracker.kernel.initiative.ProgressReported", (position % 5 == 0) ? null : "1",
				payload.getBytes(StandardCharsets.UTF_8),
				(metadata == null) ? null : metadata.getBytes(StandardCharsets.UTF_8));
	}

	Connection connect() throws SQLException {
		return database.connect();
	}

	String latestCheckpoint() {
		return jdbc.queryForObject("SELECT note FROM ledger_checkpoint ORDER BY tree_size DESC LIMIT 1", String.class);
	}

	String verifierKey() {
		return LedgerKeys.verifierKey(jdbc, ORIGIN);
	}

	HistoryVerifier.Report verify(String heldCheckpoint) throws SQLException {
		try (Connection connection = connect()) {
			return new HistoryVerifier(connection, NoteKey.verifier(verifierKey()),
					(heldCheckpoint == null) ? null : SignedNote.parse(heldCheckpoint))
				.verify();
		}
	}

}
