package org.cooperation.tracker.query.ledger;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.postgresql.PGStatement;

import org.cooperation.tracker.query.ledger.Finding.Kind;

/**
 * The ledger's NDJSON export ({@link ExportLine} per line, in tree order) and its offline
 * verification against a signed checkpoint: an auditor needs neither the database nor the
 * tracker to check a copy of the history.
 */
public final class LedgerExport {

	private static final ObjectMapper JSON = new ObjectMapper()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	/** Missing leaves remembered one by one; beyond this the root check still fails. */
	private static final int MAX_MISSING = 100_000;

	private LedgerExport() {
	}

	/**
	 * Writes the first {@code size} sealed leaves with the events at their positions, in
	 * one repeatable-read snapshot, streaming.
	 */
	public static void write(Connection connection, long size, OutputStream out) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement();
				PreparedStatement query = connection.prepareStatement("SELECT l.leaf_index, l.leaf_hash, "
						+ "l.payload_hash, l.metadata_hash, e." + EventLeaf.COLUMNS.replace(", ", ", e.")
						+ " FROM ledger_leaf l JOIN domainevententry e ON e.globalindex = l.global_index "
						+ "WHERE l.leaf_index < ? ORDER BY l.leaf_index")) {
			statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
			query.setLong(1, size);
			query.setFetchSize(1000);
			query.unwrap(PGStatement.class).setPrepareThreshold(-1);
			BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					ExportLine line = ExportLine.of(rows.getLong("leaf_index"), EventLeaf.read(rows),
							rows.getBytes("leaf_hash"), rows.getBytes("payload_hash"), rows.getBytes("metadata_hash"));
					writer.write(JSON.writeValueAsString(line));
					writer.write('\n');
				}
			}
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			connection.rollback();
			connection.setAutoCommit(autoCommit);
		}
	}

	/**
	 * Checks an export against a checkpoint signed by the trusted key: every line's event
	 * against the hashes sealed for its leaf, the numbering and order of the lines, and
	 * the root of the events' leaves against the checkpoint's.
	 */
	public static HistoryVerifier.Report verify(Reader export, SignedNote checkpoint, NoteKey trustedKey)
			throws IOException {
		Checkpoint body = Checkpoint.parse(checkpoint.text());
		List<Finding> findings = new ArrayList<>();
		if (!checkpoint.signedBy(trustedKey)) {
			findings.add(
					new Finding(Kind.BAD_SIGNATURE, -1, "the checkpoint is not signed by " + trustedKey.verifierKey()));
		}
		CompactRange tree = new CompactRange();
		byte[] rootAtSize = (body.size() == 0) ? tree.root() : null;
		long expectedLeaf = 0;
		long previousPosition = -1;
		long lineNumber = 0;
		// Leaves no line has given yet, with the positions of the lines around the gap.
		TreeMap<Long, long[]> missing = new TreeMap<>();
		BufferedReader lines = new BufferedReader(export);
		for (String text = lines.readLine(); text != null; text = lines.readLine()) {
			lineNumber++;
			if (text.isBlank()) {
				continue;
			}
			ExportLine line;
			EventLeaf event;
			try {
				line = parseLine(text, expectedLeaf);
				event = line.event();
			}
			catch (JsonProcessingException | IllegalArgumentException | NullPointerException ex) {
				findings.add(new Finding(Kind.EXPORT_DAMAGED, -1, "line " + lineNumber + " is not an export line"));
				continue;
			}
			long position = line.globalIndex();
			if (line.leafIndex() < expectedLeaf) {
				if (missing.remove(line.leafIndex()) != null) {
					findings.add(new Finding(Kind.MOVED, position, "event " + line.eventId() + " (leaf "
							+ line.leafIndex() + ") stands after leaf " + (expectedLeaf - 1) + ": lines out of order"));
				}
				else {
					findings.add(new Finding(Kind.INSERTED, position, "line " + lineNumber + " repeats leaf "
							+ line.leafIndex() + " (event " + line.eventId() + ")"));
				}
				continue;
			}
			for (long leaf = expectedLeaf; leaf < line.leafIndex() && missing.size() < MAX_MISSING; leaf++) {
				missing.put(leaf, new long[] { previousPosition, position });
			}
			if (position <= previousPosition) {
				findings.add(new Finding(Kind.MOVED, position, "event " + line.eventId() + " (leaf " + line.leafIndex()
						+ ") stands after position " + previousPosition + ": out of order"));
			}
			byte[] leafHash = event.leafHash();
			if (line.leafHash() != null && !Arrays.equals(leafHash, ExportLine.decode(line.leafHash()))) {
				compare(event, line, findings);
			}
			// The tree is rebuilt from the events themselves, never from the hashes the
			// lines state.
			for (long gap = expectedLeaf; gap < line.leafIndex(); gap++) {
				tree.append(new byte[TreeHashes.SIZE]);
			}
			tree.append(leafHash);
			if (tree.size() == body.size()) {
				rootAtSize = tree.root();
			}
			expectedLeaf = line.leafIndex() + 1;
			previousPosition = Math.max(previousPosition, position);
		}
		reportMissing(missing, findings);
		if (tree.size() < body.size()) {
			findings.add(new Finding(Kind.TRUNCATED, previousPosition + 1,
					"the export ends after " + tree.size() + " leaves; the checkpoint vouches for " + body.size()));
		}
		else if (!Arrays.equals(rootAtSize, body.rootHash())) {
			findings.add(new Finding(Kind.ROOT_MISMATCH, -1, "the export's first " + body.size()
					+ " events do not give the checkpoint's root: the history was rewritten"));
		}
		findings.sort((a, b) -> Long.compare(a.position(), b.position()));
		return new HistoryVerifier.Report(tree.size(), body.size(), Math.max(0, tree.size() - body.size()),
				ExportLine.encode(body.rootHash()), List.copyOf(findings));
	}

	/** Runs of leaves no line gave, each a deletion located by the lines around it. */
	private static void reportMissing(TreeMap<Long, long[]> missing, List<Finding> findings) {
		Long first = null;
		Long last = null;
		for (Map.Entry<Long, long[]> leaf : missing.entrySet()) {
			if (last != null && leaf.getKey() == last + 1) {
				last = leaf.getKey();
				continue;
			}
			if (first != null) {
				deletion(first, last, missing.get(first), findings);
			}
			first = leaf.getKey();
			last = first;
		}
		if (first != null) {
			deletion(first, last, missing.get(first), findings);
		}
	}

	private static void deletion(long first, long last, long[] around, List<Finding> findings) {
		findings.add(new Finding(Kind.DELETED, around[1], "leaves " + first + " to " + last
				+ " are missing between positions " + around[0] + " and " + around[1]));
	}

	private static void compare(EventLeaf event, ExportLine line, List<Finding> findings) {
		long position = line.globalIndex();
		boolean located = false;
		if (!Arrays.equals(event.payloadHash(), ExportLine.decode(line.payloadHash()))) {
			findings.add(new Finding(Kind.PAYLOAD_CHANGED, position,
					"the payload of event " + line.eventId() + " differs from the sealed one"));
			located = true;
		}
		if (!Arrays.equals(event.metadataHash(), ExportLine.decode(line.metadataHash()))) {
			findings.add(new Finding(Kind.METADATA_CHANGED, position,
					"the metadata of event " + line.eventId() + " differ from the sealed ones"));
			located = true;
		}
		if (!located) {
			findings.add(new Finding(Kind.FIELDS_CHANGED, position,
					"event " + line.eventId() + " (leaf " + line.leafIndex()
							+ ") has another position, identifier, type, record, sequence "
							+ "number, timestamp, payload type or revision than sealed"));
		}
	}

	/**
	 * A line of this export, or one of the auditors' history export
	 * ({@code /api/audit/events.ndjson}: the stored bytes as {@code storedPayload} and
	 * {@code storedMetadata}). A history line carries no sealed hashes: its lines are
	 * taken as the leaves in their order, and a change shows in the root, not at a
	 * position.
	 */
	static ExportLine parseLine(String text, long nextLeaf) throws JsonProcessingException {
		JsonNode node = JSON.readTree(text);
		if (node.has("leafHash")) {
			return JSON.treeToValue(node, ExportLine.class);
		}
		if (!node.hasNonNull("storedPayload") || !node.has("globalIndex")) {
			throw new IllegalArgumentException("neither a ledger export line nor a history export line");
		}
		return new ExportLine(nextLeaf, node.get("globalIndex").asLong(), field(node, "eventId"),
				field(node, "aggregateType"), field(node, "aggregateId"), node.path("sequenceNumber").asLong(),
				field(node, "timestamp"), field(node, "payloadType"), field(node, "payloadRevision"),
				field(node, "storedPayload"), field(node, "storedMetadata"), null, null, null);
	}

	private static String field(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value == null || value.isNull()) ? null : value.asText();
	}

	static String toJson(ExportLine line) {
		try {
			return JSON.writeValueAsString(line);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static ExportLine fromJson(String text) {
		try {
			return JSON.readValue(text, ExportLine.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
