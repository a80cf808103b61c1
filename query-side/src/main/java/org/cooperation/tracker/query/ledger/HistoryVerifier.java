package org.cooperation.tracker.query.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import org.cooperation.tracker.query.ledger.Finding.Kind;

/**
 * Recomputes the tree from the event table and compares it, event by event, with what the
 * sealer stored and signed. The event table and the ledger's tables are read in one
 * repeatable-read snapshot through two cursors merged by global position, so memory stays
 * flat however long the history. What it reports:
 * <ul>
 * <li>per position: a payload, metadata or other column changed since sealing; a sealed
 * event deleted; the tail truncated; an event inserted inside the sealed range; a sealed
 * event moved to another position (two swapped are two moves);</li>
 * <li>for the tree: the events' root at the sealed size differs from the sealed root, the
 * latest checkpoint's signature or root is wrong, or a checkpoint the auditor kept (and
 * verified with a key they trust) no longer matches the events: the check that holds even
 * against someone who rewrote the ledger's tables too.</li>
 * </ul>
 */
public final class HistoryVerifier {

	/**
	 * Mismatches looked up one by one to say where an event went; more are only counted.
	 */
	private static final int MAX_LOOKUPS = 10_000;

	private static final int FETCH = 2_000;

	/**
	 * What a verification saw and found.
	 *
	 * @param eventsRead events in the event table
	 * @param treeSize the sealed tree's size
	 * @param unsealed events after the sealed range, not sealed yet (not a fault)
	 * @param rootHash the sealed root hash, base64
	 * @param findings everything wrong, in order of position
	 */
	public record Report(long eventsRead, long treeSize, long unsealed, String rootHash, List<Finding> findings) {

		public boolean intact() {
			return findings.isEmpty();
		}

	}

	private record SealedLeaf(long leafIndex, long globalIndex, String eventId, byte[] leafHash, byte[] payloadHash,
			byte[] metadataHash) {
	}

	private final Connection connection;

	private final NoteKey trustedKey;

	private final SignedNote heldCheckpoint;

	private final List<Finding> findings = new ArrayList<>();

	/**
	 * @param connection a connection to the tracker's database; its transaction is used
	 * and rolled back
	 * @param trustedKey the log's verifier key as the auditor got it out of band; null to
	 * take the one stored beside the tree (which proves less)
	 * @param heldCheckpoint a checkpoint the auditor kept from earlier, or null
	 */
	public HistoryVerifier(Connection connection, NoteKey trustedKey, SignedNote heldCheckpoint) {
		this.connection = connection;
		this.trustedKey = trustedKey;
		this.heldCheckpoint = heldCheckpoint;
	}

	public Report verify() throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
			return verifyInSnapshot();
		}
		finally {
			connection.rollback();
			connection.setAutoCommit(autoCommit);
		}
	}

	private Report verifyInSnapshot() throws SQLException {
		long treeSize;
		long lastSealed;
		byte[] sealedRoot;
		try (Statement statement = connection.createStatement();
				ResultSet state = statement
					.executeQuery("SELECT tree_size, last_global_index, root_hash FROM ledger_state")) {
			state.next();
			treeSize = state.getLong(1);
			lastSealed = state.getLong(2);
			sealedRoot = state.getBytes(3);
		}
		NoteKey key = (trustedKey != null) ? trustedKey : storedKey().orElse(null);
		SignedNote latest = latestCheckpoint();
		Checkpoint latestBody = (latest == null) ? null : Checkpoint.parse(latest.text());
		Checkpoint held = (heldCheckpoint == null) ? null : Checkpoint.parse(heldCheckpoint.text());

		Map<Long, byte[]> wantedRoots = new HashMap<>();
		wantedRoots.put(treeSize, null);
		if (latestBody != null) {
			wantedRoots.put(latestBody.size(), null);
		}
		if (held != null) {
			wantedRoots.put(held.size(), null);
		}
		CompactRange recomputed = new CompactRange();
		CompactRange sealedLeaves = new CompactRange();
		captureRoot(recomputed, wantedRoots);

		List<SealedLeaf> deleted = new ArrayList<>();
		List<EventLeaf> inserted = new ArrayList<>();
		Map<Long, String[]> identityChanged = new LinkedHashMap<>();
		long eventsRead = 0;
		long unsealed = 0;
		long lastEventPosition = -1;
		try (PreparedStatement eventQuery = connection
			.prepareStatement("SELECT " + EventLeaf.COLUMNS + " FROM domainevententry ORDER BY globalindex");
				PreparedStatement leafQuery = connection
					.prepareStatement("SELECT leaf_index, global_index, event_identifier, leaf_hash, payload_hash, "
							+ "metadata_hash FROM ledger_leaf ORDER BY leaf_index")) {
			eventQuery.setFetchSize(FETCH);
			// Prepared on the server from the first run, so bytea comes in binary, not
			// as hex text to decode: reading is most of the verifier's time.
			eventQuery.unwrap(PGStatement.class).setPrepareThreshold(-1);
			leafQuery.unwrap(PGStatement.class).setPrepareThreshold(-1);
			leafQuery.setFetchSize(FETCH);
			try (ResultSet events = eventQuery.executeQuery();
					ResultSet leaves = leafQuery.executeQuery();
					HashedEvents hashedEvents = new HashedEvents(events)) {
				HashedEvents.Hashed hashed = hashedEvents.next();
				SealedLeaf leaf = nextLeaf(leaves);
				while (hashed != null || leaf != null) {
					EventLeaf event = (hashed == null) ? null : hashed.event();
					if (leaf == null || (event != null && event.globalIndex() < leaf.globalIndex())) {
						if (event.globalIndex() <= lastSealed) {
							inserted.add(event);
						}
						else {
							unsealed++;
						}
						recomputed.append(hashed.leafHash());
						captureRoot(recomputed, wantedRoots);
						eventsRead++;
						lastEventPosition = event.globalIndex();
						hashed = hashedEvents.next();
					}
					else if (event == null || leaf.globalIndex() < event.globalIndex()) {
						deleted.add(leaf);
						sealedLeaves.append(leaf.leafHash());
						leaf = nextLeaf(leaves);
					}
					else {
						if (!Arrays.equals(hashed.leafHash(), leaf.leafHash())) {
							compare(event, leaf, identityChanged);
						}
						recomputed.append(hashed.leafHash());
						captureRoot(recomputed, wantedRoots);
						sealedLeaves.append(leaf.leafHash());
						eventsRead++;
						lastEventPosition = event.globalIndex();
						hashed = hashedEvents.next();
						leaf = nextLeaf(leaves);
					}
				}
			}
		}
		locateMoves(deleted, inserted, identityChanged, lastEventPosition);
		checkRoots(treeSize, sealedRoot, sealedLeaves, wantedRoots, key, latest, latestBody, held, eventsRead);
		findings.sort((a, b) -> Long.compare(a.position(), b.position()));
		return new Report(eventsRead, treeSize, unsealed, Base64.getEncoder().encodeToString(sealedRoot),
				List.copyOf(findings));
	}

	private void compare(EventLeaf event, SealedLeaf leaf, Map<Long, String[]> identityChanged) {
		long position = event.globalIndex();
		if (!event.eventId().equals(leaf.eventId())) {
			identityChanged.put(position, new String[] { leaf.eventId(), event.eventId() });
			return;
		}
		boolean located = false;
		if (!Arrays.equals(event.payloadHash(), leaf.payloadHash())) {
			findings.add(new Finding(Kind.PAYLOAD_CHANGED, position,
					"the payload of event " + leaf.eventId() + " differs from the sealed one"));
			located = true;
		}
		if (!Arrays.equals(event.metadataHash(), leaf.metadataHash())) {
			findings.add(new Finding(Kind.METADATA_CHANGED, position,
					"the metadata of event " + leaf.eventId() + " differ from the sealed ones"));
			located = true;
		}
		if (!located) {
			findings.add(new Finding(Kind.FIELDS_CHANGED, position, "event " + leaf.eventId()
					+ " has another type, record, sequence number, timestamp, payload type or revision than sealed"));
		}
	}

	/**
	 * Tells moves (an event sealed at one position now at another) from deletions and
	 * insertions, with one lookup per mismatch.
	 */
	private void locateMoves(List<SealedLeaf> deleted, List<EventLeaf> inserted, Map<Long, String[]> identityChanged,
			long lastEventPosition) throws SQLException {
		int lookups = 0;
		for (Map.Entry<Long, String[]> changed : identityChanged.entrySet()) {
			long position = changed.getKey();
			String sealedId = changed.getValue()[0];
			String currentId = changed.getValue()[1];
			Optional<Long> sealedAt = (lookups++ < MAX_LOOKUPS) ? sealedPosition(currentId) : Optional.empty();
			if (sealedAt.isPresent()) {
				String[] there = identityChanged.get(sealedAt.get());
				String swap = (there != null && there[1].equals(sealedId))
						? " (positions " + Math.min(position, sealedAt.get()) + " and "
								+ Math.max(position, sealedAt.get()) + " swapped)"
						: "";
				findings.add(new Finding(Kind.MOVED, position,
						"holds event " + currentId + ", sealed at position " + sealedAt.get() + swap));
			}
			else {
				findings.add(new Finding(Kind.INSERTED, position,
						"holds event " + currentId + ", never sealed, in place of sealed event " + sealedId));
			}
		}
		for (EventLeaf event : inserted) {
			Optional<Long> sealedAt = (lookups++ < MAX_LOOKUPS) ? sealedPosition(event.eventId()) : Optional.empty();
			findings.add(sealedAt
				.map((at) -> new Finding(Kind.MOVED, event.globalIndex(),
						"holds event " + event.eventId() + ", sealed at position " + at))
				.orElseGet(() -> new Finding(Kind.INSERTED, event.globalIndex(),
						"event " + event.eventId() + " stands inside the sealed range but was never sealed")));
		}
		// The tail: every sealed event from some position on is gone, and nothing after
		// it.
		int tailStart = deleted.size();
		while (tailStart > 0 && deleted.get(tailStart - 1).globalIndex() > lastEventPosition
				&& (tailStart == deleted.size()
						|| deleted.get(tailStart - 1).leafIndex() + 1 == deleted.get(tailStart).leafIndex())) {
			tailStart--;
		}
		for (int i = 0; i < tailStart; i++) {
			SealedLeaf leaf = deleted.get(i);
			Optional<Long> now = (lookups++ < MAX_LOOKUPS) ? currentPosition(leaf.eventId()) : Optional.empty();
			// An event still there elsewhere was reported where it stands now.
			if (now.isEmpty()) {
				findings.add(new Finding(Kind.DELETED, leaf.globalIndex(), "sealed event " + leaf.eventId() + " (leaf "
						+ leaf.leafIndex() + ") is no longer in the event table"));
			}
		}
		// Nothing stands after the tail's first position, so none of its events can have
		// moved.
		if (tailStart < deleted.size()) {
			findings.add(new Finding(Kind.TRUNCATED, deleted.get(tailStart).globalIndex(),
					"the history ends before this position: " + (deleted.size() - tailStart)
							+ " sealed events from here to position " + deleted.get(deleted.size() - 1).globalIndex()
							+ " are gone"));
		}
	}

	private void checkRoots(long treeSize, byte[] sealedRoot, CompactRange sealedLeaves, Map<Long, byte[]> roots,
			NoteKey key, SignedNote latest, Checkpoint latestBody, Checkpoint held, long eventsRead) {
		if (sealedLeaves.size() != treeSize || !Arrays.equals(sealedLeaves.root(), sealedRoot)) {
			findings.add(new Finding(Kind.ROOT_MISMATCH, -1, "the ledger's stored leaves (" + sealedLeaves.size()
					+ ") do not give its sealed root of " + treeSize + " leaves: the ledger's tables were altered"));
		}
		checkStoredNodes(treeSize, sealedRoot);
		if (!Arrays.equals(roots.get(treeSize), sealedRoot)) {
			findings.add(new Finding(Kind.ROOT_MISMATCH, -1, "the first " + treeSize
					+ " events of the event table no longer give the sealed root " + base64(sealedRoot)));
		}
		if (latest != null) {
			checkCheckpoint("the latest checkpoint", latest, latestBody, key, roots, eventsRead);
			if (latestBody.size() != treeSize || !Arrays.equals(latestBody.rootHash(), sealedRoot)) {
				findings.add(new Finding(Kind.ROOT_MISMATCH, -1, "the latest checkpoint (size " + latestBody.size()
						+ ") is not the sealed tree's state (size " + treeSize + ")"));
			}
		}
		else if (treeSize > 0) {
			findings.add(new Finding(Kind.BAD_SIGNATURE, -1, "no checkpoint was signed for the sealed tree"));
		}
		if (held != null) {
			checkCheckpoint("the checkpoint you hold", heldCheckpoint, held, key, roots, eventsRead);
		}
	}

	/**
	 * The root as the stored subtree hashes give it, as the proofs served are made: a
	 * node altered on the tree's right edge would make every proof fail to verify.
	 */
	private void checkStoredNodes(long treeSize, byte[] sealedRoot) {
		if (treeSize == 0) {
			return;
		}
		StoredTree stored = new StoredTree(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
		String problem;
		try {
			problem = Arrays.equals(stored.root(treeSize), sealedRoot) ? null
					: "the ledger's stored subtree hashes give another root than the sealed one: its nodes were "
							+ "altered, and proofs served from them will not verify";
		}
		catch (IllegalStateException ex) {
			problem = ex.getMessage();
		}
		if (problem != null) {
			findings.add(new Finding(Kind.ROOT_MISMATCH, -1, problem));
		}
	}

	private void checkCheckpoint(String which, SignedNote note, Checkpoint body, NoteKey key, Map<Long, byte[]> roots,
			long eventsRead) {
		if (key == null || !note.signedBy(key)) {
			findings.add(new Finding(Kind.BAD_SIGNATURE, -1, which + " (size " + body.size()
					+ ") is not signed by the log's key" + ((key == null) ? "" : " " + key.verifierKey())));
		}
		if (body.size() > eventsRead) {
			findings.add(new Finding(Kind.TRUNCATED, -1,
					which + " vouches for " + body.size() + " events; the event table holds " + eventsRead));
		}
		else if (!Arrays.equals(roots.get(body.size()), body.rootHash())) {
			findings.add(new Finding(Kind.ROOT_MISMATCH, -1, which + " (size " + body.size() + ", root "
					+ base64(body.rootHash()) + ") does not match the events: the history was rewritten"));
		}
	}

	private static void captureRoot(CompactRange tree, Map<Long, byte[]> roots) {
		if (roots.containsKey(tree.size())) {
			roots.put(tree.size(), tree.root());
		}
	}

	private Optional<NoteKey> storedKey() throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet key = statement.executeQuery("SELECT name, public_key FROM ledger_key LIMIT 1")) {
			if (!key.next()) {
				return Optional.empty();
			}
			NoteKey unchecked = NoteKey.verifier(key.getString(1), NoteKey.ED25519, key.getBytes(2));
			return Optional.of(unchecked);
		}
	}

	private SignedNote latestCheckpoint() throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet note = statement
					.executeQuery("SELECT note FROM ledger_checkpoint ORDER BY tree_size DESC LIMIT 1")) {
			return note.next() ? SignedNote.parse(note.getString(1)) : null;
		}
	}

	private Optional<Long> sealedPosition(String eventId) throws SQLException {
		return single("SELECT global_index FROM ledger_leaf WHERE event_identifier = ?", eventId);
	}

	private Optional<Long> currentPosition(String eventId) throws SQLException {
		return single("SELECT globalindex FROM domainevententry WHERE eventidentifier = ?", eventId);
	}

	private Optional<Long> single(String sql, String value) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			query.setString(1, value);
			try (ResultSet row = query.executeQuery()) {
				return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
			}
		}
	}

	private static SealedLeaf nextLeaf(ResultSet leaves) throws SQLException {
		return leaves.next() ? new SealedLeaf(leaves.getLong(1), leaves.getLong(2), leaves.getString(3),
				leaves.getBytes(4), leaves.getBytes(5), leaves.getBytes(6)) : null;
	}

	private static String base64(byte[] hash) {
		return (hash == null) ? "(none)" : Base64.getEncoder().encodeToString(hash);
	}

}
