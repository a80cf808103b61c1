package org.cooperation.tracker.query.ledger;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.cooperation.tracker.query.ledger.Finding.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone with write access to the event table (the test, as its owner) changes the
 * history after it was sealed; the verifier must find each change and say where. Every
 * test seals its own history of 40 positions (gaps at 10, 20 and 30, as rolled-back
 * appends leave them) in batches of 7, so changes fall on leaves at the start, inside and
 * at the end of batches and of full subtrees.
 */
class TamperDetectionTest {

	private static final int LAST = 40;

	private static final Set<Integer> GAPS = Set.of(10, 20, 30);

	private LedgerDatabase sealedHistory() {
		LedgerDatabase db = new LedgerDatabase();
		db.appendHistory(LAST, GAPS);
		db.sealer(7).sealAll();
		return db;
	}

	@Test
	void anUntouchedHistoryIsIntactAndTheCommandSaysSo() throws Exception {
		LedgerDatabase db = sealedHistory();
		HistoryVerifier.Report report = db.verify(db.latestCheckpoint());
		assertThat(report.findings()).isEmpty();
		assertThat(report.treeSize()).isEqualTo(LAST - GAPS.size());
		assertThat(report.eventsRead()).isEqualTo(LAST - GAPS.size());

		Output output = command("verify", "--db", db.database.url(), "--user", db.database.user(), "--password",
				db.database.password(), "--key", db.verifierKey());
		assertThat(output.exitCode()).as(output.text()).isZero();
		assertThat(output.text()).contains("INTACT");
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 8, 17, 40 })
	void aFlippedPayloadByteIsFoundAtItsPosition(int position) throws Exception {
		LedgerDatabase db = sealedHistory();
		db.jdbc.update("UPDATE domainevententry SET payload = set_byte(payload, 5, get_byte(payload, 5) # 1) "
				+ "WHERE globalindex = ?", position);

		HistoryVerifier.Report report = db.verify(null);
		assertThat(located(report)).containsExactly(new Located(Kind.PAYLOAD_CHANGED, position));
		assertThat(kinds(report)).contains(Kind.ROOT_MISMATCH);

		Output output = command("verify", "--db", db.database.url(), "--user", db.database.user(), "--password",
				db.database.password());
		assertThat(output.exitCode()).isEqualTo(1);
		assertThat(output.text()).contains("position " + position + ": payload changed");
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 16, 39 })
	void aChangedMetadataFieldIsFoundAtItsPosition(int position) throws Exception {
		LedgerDatabase db = sealedHistory();
		db.jdbc.update("UPDATE domainevententry SET metadata = convert_to(replace(convert_from(metadata, 'UTF8'), "
				+ "'\"LIAISON\"', '\"SECRETARIAT\"'), 'UTF8') WHERE globalindex = ?", position);

		assertThat(located(db.verify(null))).containsExactly(new Located(Kind.METADATA_CHANGED, position));
	}

	@Test
	void aChangedColumnOtherThanPayloadAndMetadataIsFound() throws Exception {
		LedgerDatabase db = sealedHistory();
		db.jdbc.update("UPDATE domainevententry SET timestamp = '2025-11-21T09:00:00Z' WHERE globalindex = 12");
		db.jdbc.update("UPDATE domainevententry SET sequencenumber = sequencenumber + 100 WHERE globalindex = 25");

		assertThat(located(db.verify(null))).containsExactly(new Located(Kind.FIELDS_CHANGED, 12),
				new Located(Kind.FIELDS_CHANGED, 25));
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 9, 21, 33 })
	void aDeletedRowIsFoundAtItsPosition(int position) throws Exception {
		LedgerDatabase db = sealedHistory();
		db.jdbc.update("DELETE FROM domainevententry WHERE globalindex = ?", position);

		HistoryVerifier.Report report = db.verify(null);
		assertThat(located(report)).containsExactly(new Located(Kind.DELETED, position));
		assertThat(kinds(report)).contains(Kind.ROOT_MISMATCH);
	}

	@ParameterizedTest
	@ValueSource(ints = { 3, 15, 38 })
	void twoSwappedPositionsAreBothFound(int position) throws Exception {
		LedgerDatabase db = sealedHistory();
		int other = position + 2;
		db.jdbc.update("UPDATE domainevententry SET globalindex = -1 WHERE globalindex = ?", position);
		db.jdbc.update("UPDATE domainevententry SET globalindex = ? WHERE globalindex = ?", position, other);
		db.jdbc.update("UPDATE domainevententry SET globalindex = ? WHERE globalindex = -1", other);

		HistoryVerifier.Report report = db.verify(null);
		assertThat(located(report)).containsExactly(new Located(Kind.MOVED, position), new Located(Kind.MOVED, other));
		assertThat(report.findings()).filteredOn((finding) -> finding.kind() == Kind.MOVED)
			.allMatch((finding) -> finding.detail().contains("positions " + position + " and " + other + " swapped"));
	}

	@ParameterizedTest
	@ValueSource(ints = { 10, 20, 30 })
	void aForgedRowInsertedInsideTheSealedRangeIsFound(int gap) throws Exception {
		LedgerDatabase db = sealedHistory();
		db.append(gap, "forged-record", 0);

		HistoryVerifier.Report report = db.verify(null);
		assertThat(located(report)).containsExactly(new Located(Kind.INSERTED, gap));
		assertThat(kinds(report)).contains(Kind.ROOT_MISMATCH);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 19, 36 })
	void aTruncatedTailIsFoundWhereItStarts(int from) throws Exception {
		LedgerDatabase db = sealedHistory();
		db.jdbc.update("DELETE FROM domainevententry WHERE globalindex >= ?", from);

		HistoryVerifier.Report report = db.verify(null);
		assertThat(located(report)).containsExactly(new Located(Kind.TRUNCATED, from));
	}

	@Test
	void aRewriteOfTheLedgerItselfIsCaughtByTheCheckpointTheAuditorKept() throws Exception {
		LedgerDatabase db = sealedHistory();
		String kept = db.latestCheckpoint();
		// Whoever holds the database holds the signing key too: they change an event,
		// throw the
		// tree away and seal it again, signed with the same key.
		db.jdbc.update("UPDATE domainevententry SET payload = set_byte(payload, 5, get_byte(payload, 5) # 1) "
				+ "WHERE globalindex = 11");
		db.jdbc.execute("TRUNCATE ledger_cosignature, ledger_leaf, ledger_node, ledger_checkpoint");
		db.jdbc.update("UPDATE ledger_state SET tree_size = 0, last_global_index = -1, "
				+ "root_hash = decode('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'hex')");
		db.sealer(7).sealAll();

		assertThat(db.verify(null).findings()).as("the rewritten ledger agrees with itself").isEmpty();
		HistoryVerifier.Report report = db.verify(kept);
		assertThat(report.findings()).extracting(Finding::kind).containsExactly(Kind.ROOT_MISMATCH);
		assertThat(report.findings().get(0).detail()).contains("the checkpoint you hold").contains("rewritten");
	}

	@Test
	void anAlteredNodeOfTheStoredTreeIsFound() throws Exception {
		LedgerDatabase db = sealedHistory();
		// The tree of 37 leaves: its left half is the full subtree (level 5, index 0).
		db.jdbc.update("UPDATE ledger_node SET hash = sha256(hash) WHERE level = 5 AND node_index = 0");

		HistoryVerifier.Report report = db.verify(db.latestCheckpoint());
		assertThat(report.findings()).extracting(Finding::kind).containsExactly(Kind.ROOT_MISMATCH);
		assertThat(report.findings().get(0).detail()).contains("stored subtree hashes");
	}

	@Test
	void aCheckpointNotSignedByTheTrustedKeyIsRefused() throws Exception {
		LedgerDatabase db = sealedHistory();
		NoteKey other = NoteKey.generate(LedgerDatabase.ORIGIN, NoteKey.ED25519);
		try (var connection = db.connect()) {
			HistoryVerifier.Report report = new HistoryVerifier(connection, NoteKey.verifier(other.verifierKey()), null)
				.verify();
			assertThat(report.findings()).extracting(Finding::kind).containsExactly(Kind.BAD_SIGNATURE);
		}
	}

	@Test
	void anExportVerifiesOfflineAndEveryChangeToItIsFound(@TempDir Path directory) throws Exception {
		LedgerDatabase db = sealedHistory();
		Path checkpoint = directory.resolve("checkpoint.txt");
		Files.writeString(checkpoint, db.latestCheckpoint());
		Path export = directory.resolve("events.ndjson");
		Output exported = command("export", "--db", db.database.url(), "--user", db.database.user(), "--password",
				db.database.password(), "--out", export.toString());
		assertThat(exported.exitCode()).as(exported.text()).isZero();
		List<String> lines = Files.readAllLines(export);
		assertThat(lines).hasSize(LAST - GAPS.size());

		assertThat(offline(directory, lines, db).exitCode()).isZero();

		// A flipped payload byte in line 5 (position 5).
		List<String> flipped = new java.util.ArrayList<>(lines);
		ExportLine line = LedgerExport.fromJson(lines.get(4));
		byte[] payload = ExportLine.decode(line.payload());
		payload[3] ^= 1;
		flipped.set(4,
				LedgerExport.toJson(new ExportLine(line.leafIndex(), line.globalIndex(), line.eventId(),
						line.aggregateType(), line.aggregateId(), line.sequenceNumber(), line.timestamp(),
						line.payloadType(), line.payloadRevision(), ExportLine.encode(payload), line.metadata(),
						line.leafHash(), line.payloadHash(), line.metadataHash())));
		Output changed = offline(directory, flipped, db);
		assertThat(changed.exitCode()).isEqualTo(1);
		assertThat(changed.text()).contains("position 5: payload changed");

		// A deleted line (position 12), two swapped lines (positions 22 and 23), a
		// truncated tail.
		List<String> deleted = new java.util.ArrayList<>(lines);
		deleted.remove(10);
		assertThat(offline(directory, deleted, db).text()).contains("position 13: deleted - leaves 10 to 10");
		List<String> swapped = new java.util.ArrayList<>(lines);
		java.util.Collections.swap(swapped, 19, 20);
		assertThat(offline(directory, swapped, db).text()).contains("position 22: moved");
		assertThat(offline(directory, lines.subList(0, 30), db).text()).contains("truncated");
	}

	@Test
	void anExportTakenAfterTheDatabaseWasChangedShowsTheChange(@TempDir Path directory) throws Exception {
		LedgerDatabase db = sealedHistory();
		Files.writeString(directory.resolve("checkpoint.txt"), db.latestCheckpoint());
		db.jdbc.update("UPDATE domainevententry SET metadata = convert_to(replace(convert_from(metadata, 'UTF8'), "
				+ "'\"LIAISON\"', '\"SECRETARIAT\"'), 'UTF8') WHERE globalindex = 26");
		ByteArrayOutputStream export = new ByteArrayOutputStream();
		try (var connection = db.connect()) {
			LedgerExport.write(connection, Long.MAX_VALUE, export);
		}
		List<String> lines = List.of(export.toString(StandardCharsets.UTF_8).split("\n"));
		assertThat(offline(directory, lines, db).text()).contains("position 26: metadata changed");
	}

	private static Output offline(Path directory, List<String> lines, LedgerDatabase db) throws Exception {
		Path export = directory.resolve("offline.ndjson");
		Files.write(export, lines);
		return command("verify", "--events", export.toString(), "--checkpoint",
				directory.resolve("checkpoint.txt").toString(), "--key", db.verifierKey());
	}

	record Located(Kind kind, long position) {
	}

	/** The findings that name a position, in order. */
	private static List<Located> located(HistoryVerifier.Report report) {
		return report.findings()
			.stream()
			.filter((finding) -> finding.position() >= 0)
			.map((finding) -> new Located(finding.kind(), finding.position()))
			.toList();
	}

	private static List<Kind> kinds(HistoryVerifier.Report report) throws SQLException {
		return report.findings().stream().map(Finding::kind).toList();
	}

	record Output(int exitCode, String text) {
	}

	private static Output command(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = Verify.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Output(code, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
	}

}
