package org.cooperation.tracker.query.ledger;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * The tracker's checkpoint signing key, kept in {@code ledger_key}: made on first start
 * by whichever instance gets there first (the others read the same row), so every
 * instance signs with one key. Only its verifier key is ever served.
 */
public final class LedgerKeys {

	private LedgerKeys() {
	}

	/** The key named {@code origin}, made and stored if there is none yet. */
	public static NoteKey signingKey(JdbcOperations jdbc, String origin) {
		List<NoteKey> stored = read(jdbc, origin);
		if (!stored.isEmpty()) {
			return stored.get(0);
		}
		NoteKey made = NoteKey.generate(origin, NoteKey.ED25519);
		jdbc.update(
				"INSERT INTO ledger_key (name, public_key, private_key, created_at) VALUES (?, ?, ?, ?) "
						+ "ON CONFLICT (name) DO NOTHING",
				origin, made.publicKey(), made.privateKeyEncoded(), Timestamp.from(Instant.now()));
		return read(jdbc, origin).get(0);
	}

	/**
	 * The verifier key of the stored key named {@code origin}, or null when there is none
	 * yet.
	 */
	public static String verifierKey(JdbcOperations jdbc, String origin) {
		return read(jdbc, origin).stream().map(NoteKey::verifierKey).findFirst().orElse(null);
	}

	private static List<NoteKey> read(JdbcOperations jdbc, String origin) {
		return jdbc.query("SELECT name, public_key, private_key FROM ledger_key WHERE name = ?", (row, i) -> NoteKey
			.signing(row.getString("name"), NoteKey.ED25519, row.getBytes("public_key"), row.getBytes("private_key")),
				origin);
	}

}
