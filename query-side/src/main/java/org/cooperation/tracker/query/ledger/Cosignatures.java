package org.cooperation.tracker.query.ledger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcOperations;

import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.Phrase;
import org.cooperation.tracker.kernel.country.Country;

/**
 * Member countries' cosignatures of the log's checkpoints (C2SP tlog-cosignature): an
 * admin registers each country's witness key; a country's auditor posts a checkpoint with
 * its cosignature line added; the line is kept and served beside the log's signature, and
 * for each country the largest tree size it has vouched for is on record.
 */
public final class Cosignatures {

	/** How far in the future a cosignature's time may lie (clocks differ a little). */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

	private final JdbcOperations jdbc;

	private final Clock clock;

	public Cosignatures(JdbcOperations jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * What a country vouched for last.
	 *
	 * @param country the member country
	 * @param verifierKey its witness key
	 * @param treeSize the largest tree size it cosigned, or null before its first
	 * @param cosignedAt when, as its cosignature states, or null
	 */
	public record Vouched(Country country, String verifierKey, Long treeSize, Instant cosignedAt) {
	}

	/** Registers (or replaces) a country's witness key. */
	public void register(Country country, String verifierKey, String registeredBy) {
		NoteKey key;
		try {
			key = NoteKey.verifier(verifierKey);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException(ex.getMessage(), Phrase.of("ledger.detail.badWitnessKey"));
		}
		if (key.type() != NoteKey.COSIGNATURE) {
			throw new InvalidValueException("a witness key is an Ed25519 cosignature key (type 0x04)",
					Phrase.of("ledger.detail.badWitnessKey"));
		}
		jdbc.update("INSERT INTO ledger_cosigner (country, verifier_key, registered_at, registered_by) "
				+ "VALUES (?, ?, ?, ?) ON CONFLICT (country) DO UPDATE SET verifier_key = EXCLUDED.verifier_key, "
				+ "registered_at = EXCLUDED.registered_at, registered_by = EXCLUDED.registered_by", country.alpha2(),
				key.verifierKey(), Timestamp.from(clock.instant()), registeredBy);
	}

	/**
	 * Keeps every registered country's valid cosignature on a checkpoint this log signed;
	 * the countries whose cosignatures were kept.
	 */
	public List<Country> accept(String cosignedNote) {
		SignedNote note;
		Checkpoint checkpoint;
		try {
			note = SignedNote.parse(cosignedNote);
			checkpoint = Checkpoint.parse(note.text());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException("not a signed checkpoint: " + ex.getMessage(),
					Phrase.of("ledger.detail.notACheckpoint"));
		}
		List<String> signed = jdbc.queryForList("SELECT note FROM ledger_checkpoint WHERE tree_size = ?", String.class,
				checkpoint.size());
		if (signed.isEmpty() || !SignedNote.parse(signed.get(0)).text().equals(note.text())) {
			throw new InvalidValueException("this log signed no such checkpoint at size " + checkpoint.size(),
					Phrase.of("ledger.detail.unknownCheckpoint", String.valueOf(checkpoint.size())));
		}
		List<Country> kept = new ArrayList<>();
		for (Object[] cosigner : jdbc.query("SELECT country, verifier_key FROM ledger_cosigner ORDER BY country",
				(row, i) -> new Object[] { Country.fromCode(row.getString(1)), row.getString(2) })) {
			Country country = (Country) cosigner[0];
			NoteKey key = NoteKey.verifier((String) cosigner[1]);
			long timestamp = note.cosignedAt(key);
			if (timestamp < 0) {
				continue;
			}
			Instant cosignedAt = Instant.ofEpochSecond(timestamp);
			if (cosignedAt.isAfter(clock.instant().plus(CLOCK_SKEW))) {
				throw new InvalidValueException(country.nameEn() + "'s cosignature is dated in the future",
						Phrase.of("ledger.detail.cosignedInFuture", country));
			}
			Long vouched = jdbc.queryForObject("SELECT max(tree_size) FROM ledger_cosignature WHERE country = ?",
					Long.class, country.alpha2());
			if (vouched != null && vouched > checkpoint.size()) {
				throw new InvalidValueException(
						country.nameEn() + " already vouched for tree size " + vouched + ", larger than "
								+ checkpoint.size(),
						Phrase.of("ledger.detail.cosignedSmaller", country, String.valueOf(vouched),
								String.valueOf(checkpoint.size())));
			}
			SignedNote.Line line = note.signatures()
				.stream()
				.filter((candidate) -> onlyThis(note, candidate, key))
				.findFirst()
				.orElseThrow();
			jdbc.update("INSERT INTO ledger_cosignature (country, tree_size, signature_line, cosigned_at, received_at) "
					+ "VALUES (?, ?, ?, ?, ?) ON CONFLICT (country, tree_size) DO UPDATE SET signature_line = "
					+ "EXCLUDED.signature_line, cosigned_at = EXCLUDED.cosigned_at, received_at = EXCLUDED.received_at",
					country.alpha2(), checkpoint.size(), line.format(), Timestamp.from(cosignedAt),
					Timestamp.from(clock.instant()));
			kept.add(country);
		}
		if (kept.isEmpty()) {
			throw new InvalidValueException("no registered member country's cosignature verifies on this checkpoint",
					Phrase.of("ledger.detail.noCosignature"));
		}
		return kept;
	}

	/**
	 * The note as the log signed it, with the countries' cosignature lines after its own.
	 */
	public String withCosignatures(long size, String note) {
		List<String> lines = jdbc.queryForList(
				"SELECT signature_line FROM ledger_cosignature WHERE tree_size = ? ORDER BY country", String.class,
				size);
		return note + String.join("", lines);
	}

	/** Every registered country with the largest tree size it vouched for. */
	public List<Vouched> vouched() {
		return jdbc.query("SELECT c.country, c.verifier_key, s.tree_size, s.cosigned_at FROM ledger_cosigner c "
				+ "LEFT JOIN LATERAL (SELECT tree_size, cosigned_at FROM ledger_cosignature x WHERE x.country = c.country "
				+ "ORDER BY tree_size DESC LIMIT 1) s ON TRUE ORDER BY c.country",
				(row, i) -> new Vouched(Country.fromCode(row.getString(1)), row.getString(2), (Long) row.getObject(3),
						(row.getTimestamp(4) == null) ? null : row.getTimestamp(4).toInstant()));
	}

	private static boolean onlyThis(SignedNote note, SignedNote.Line line, NoteKey key) {
		return new SignedNote(note.text(), List.of(line)).signedBy(key);
	}

}
