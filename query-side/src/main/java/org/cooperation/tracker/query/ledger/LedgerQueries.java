package org.cooperation.tracker.query.ledger;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;

import javax.sql.DataSource;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.Phrase;
import org.cooperation.tracker.query.common.NotFoundException;

/**
 * What auditors ask of the sealed tree: its signed checkpoints, the verifier key, and
 * inclusion and consistency proofs with base64 hashes. Every answer is about a tree size
 * already sealed, whose nodes never change.
 */
@Component
@RequiredArgsConstructor
public class LedgerQueries {

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final LedgerOrigin origin;

	private final Cosignatures cosignatures;

	/**
	 * That an event is a leaf of the tree of {@code treeSize} leaves.
	 *
	 * @param leafIndex the event's leaf (0 first)
	 * @param globalIndex the event's position in the event store
	 * @param eventId the event's identifier
	 * @param treeSize the size of the tree the proof is for
	 * @param leafHash the leaf hash, SHA-256(0x00 || leaf bytes)
	 * @param rootHash the tree's root hash at that size
	 * @param proof the audit path, from the leaf up (RFC 9162 PATH)
	 */
	public record InclusionProof(long leafIndex, long globalIndex, String eventId, long treeSize, String leafHash,
			String rootHash, List<String> proof) {
	}

	/**
	 * That the tree of {@code from} leaves is a prefix of the tree of {@code to}.
	 *
	 * @param from the smaller size
	 * @param to the larger size
	 * @param fromRoot the root hash at {@code from}
	 * @param toRoot the root hash at {@code to}
	 * @param proof RFC 9162 PROOF(from, to)
	 */
	public record ConsistencyProof(long from, long to, String fromRoot, String toRoot, List<String> proof) {
	}

	/** The number of leaves sealed. */
	public long treeSize() {
		return jdbc.queryForObject("SELECT tree_size FROM ledger_state", Long.class);
	}

	/** The latest signed checkpoint, as a note with the countries' cosignatures. */
	public String latestCheckpoint() {
		List<Long> sizes = jdbc.queryForList("SELECT tree_size FROM ledger_checkpoint ORDER BY tree_size DESC LIMIT 1",
				Long.class);
		if (sizes.isEmpty()) {
			throw new NotFoundException("no checkpoint has been signed yet: the event store is still empty");
		}
		return checkpoint(sizes.get(0));
	}

	/** The checkpoint signed at exactly this size, with the countries' cosignatures. */
	public String checkpoint(long size) {
		notNegative("size", size);
		List<String> notes = jdbc.queryForList("SELECT note FROM ledger_checkpoint WHERE tree_size = ?", String.class,
				size);
		if (notes.isEmpty()) {
			throw new NotFoundException(
					"no checkpoint was signed at tree size " + size + "; the latest checkpoint names the current size");
		}
		return cosignatures.withCosignatures(size, notes.get(0));
	}

	/** The verifier key of the checkpoints' signing key. */
	public String verifierKey() {
		String key = LedgerKeys.verifierKey(jdbc, origin.name());
		if (key == null) {
			throw new NotFoundException("the signing key is made when the first event is sealed");
		}
		return key;
	}

	/** The inclusion proof of the event at a global position. */
	public InclusionProof inclusionAt(long globalIndex, Long treeSize) {
		notNegative("position", globalIndex);
		return inclusion("global_index = ?", globalIndex, "position " + globalIndex, treeSize);
	}

	/** The inclusion proof of the event with an identifier. */
	public InclusionProof inclusionOf(String eventId, Long treeSize) {
		if (eventId.isBlank() || eventId.length() > 255) {
			throw new InvalidValueException("eventId must be 1 to 255 characters",
					Phrase.of("ledger.detail.eventIdLength"));
		}
		return inclusion("event_identifier = ?", eventId, "event " + eventId, treeSize);
	}

	private InclusionProof inclusion(String where, Object key, String what, Long asked) {
		long sealed = treeSize();
		long size = (asked == null) ? sealed : asked;
		withinSealed("size", size, sealed);
		List<Object[]> leaves = jdbc.query(
				"SELECT leaf_index, global_index, event_identifier, leaf_hash FROM ledger_leaf WHERE " + where,
				(row, i) -> new Object[] { row.getLong(1), row.getLong(2), row.getString(3), row.getBytes(4) }, key);
		if (leaves.isEmpty()) {
			throw new NotFoundException("no sealed leaf holds " + what);
		}
		Object[] leaf = leaves.get(0);
		long leafIndex = (Long) leaf[0];
		if (leafIndex >= size) {
			throw new InvalidValueException(what + " is leaf " + leafIndex + ", not in the tree of " + size + " leaves",
					Phrase.of("ledger.detail.leafBeyondSize", what, String.valueOf(leafIndex), String.valueOf(size)));
		}
		StoredTree tree = new StoredTree(jdbc);
		List<String> proof = MerkleProofs.inclusion(leafIndex, size, tree).stream().map(LedgerQueries::base64).toList();
		return new InclusionProof(leafIndex, (Long) leaf[1], (String) leaf[2], size, base64((byte[]) leaf[3]),
				base64(tree.root(size)), proof);
	}

	/** The consistency proof between two sealed sizes. */
	public ConsistencyProof consistency(long from, long to) {
		long sealed = treeSize();
		if (from < 1) {
			throw new InvalidValueException("from must be 1 or more, not " + from,
					Phrase.of("ledger.detail.fromAtLeastOne", String.valueOf(from)));
		}
		if (from > to) {
			throw new InvalidValueException("from (" + from + ") must not be larger than to (" + to + ")",
					Phrase.of("ledger.detail.sizesReversed", String.valueOf(from), String.valueOf(to)));
		}
		withinSealed("to", to, sealed);
		StoredTree tree = new StoredTree(jdbc);
		List<String> proof = MerkleProofs.consistency(from, to, tree).stream().map(LedgerQueries::base64).toList();
		return new ConsistencyProof(from, to, base64(tree.root(from)), base64(tree.root(to)), proof);
	}

	/**
	 * The size an export will have: the sealed size when none is asked, refused beyond
	 * it. Checked before the answer starts, so a bad size is still a problem answer.
	 */
	public long exportSize(Long asked) {
		long sealed = treeSize();
		if (asked == null) {
			return sealed;
		}
		notNegative("size", asked);
		if (asked > sealed) {
			throw new InvalidValueException("size " + asked + " is beyond the sealed tree of " + sealed + " leaves",
					Phrase.of("ledger.detail.beyondSealed", "size", String.valueOf(asked), String.valueOf(sealed)));
		}
		return asked;
	}

	/** The first {@code size} leaves as NDJSON ({@link ExportLine}), streamed. */
	public void export(long size, OutputStream out) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			LedgerExport.write(connection, size, out);
		}
	}

	/**
	 * The verifier's pass over the database, with the key stored beside the tree: shows
	 * changes to the event table since sealing. (Against someone who also rewrote the
	 * ledger's tables, only the command with a key and checkpoint kept elsewhere helps.)
	 */
	public HistoryVerifier.Report verification() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return new HistoryVerifier(connection, null, null).verify();
		}
	}

	private static void notNegative(String name, long value) {
		if (value < 0) {
			throw new InvalidValueException(name + " must be 0 or more, not " + value,
					Phrase.of("ledger.detail.negative", name, String.valueOf(value)));
		}
	}

	private static void withinSealed(String name, long size, long sealed) {
		notNegative(name, size);
		if (size > sealed) {
			throw new InvalidValueException(name + " " + size + " is beyond the sealed tree of " + sealed + " leaves",
					Phrase.of("ledger.detail.beyondSealed", name, String.valueOf(size), String.valueOf(sealed)));
		}
		if (size == 0) {
			throw new InvalidValueException("no proof exists in an empty tree", Phrase.of("ledger.detail.emptyTree"));
		}
	}

	private static String base64(byte[] hash) {
		return Base64.getEncoder().encodeToString(hash);
	}

}
