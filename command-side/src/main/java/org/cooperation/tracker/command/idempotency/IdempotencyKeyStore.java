package org.cooperation.tracker.command.idempotency;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code idempotency_key} table (migration V4). Claims and answers are written on the
 * connection of the caller's transaction, which is the one the command's events are
 * appended in.
 */
@RequiredArgsConstructor
class IdempotencyKeyStore {

	private static final TypeReference<Map<String, List<String>>> HEADERS = new TypeReference<>() {
	};

	/**
	 * The claim, in one round trip: the wait on a key another transaction holds is
	 * bounded by the patience, an expired key is forgotten, the key is inserted unless on
	 * file, and the lock timeout goes back to its default for the rest of the transaction
	 * (nothing in the tracker sets it for a whole session). Statements that PostgreSQL
	 * runs one after the other, sent together: a write's round trips were its cost, and
	 * these were five of them.
	 */
	private static final String CLAIM = """
			SELECT set_config('lock_timeout', ?, true);
			DELETE FROM idempotency_key WHERE caller = ? AND key = ? AND created_at < ?;
			INSERT INTO idempotency_key (caller, key, fingerprint, created_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (caller, key) DO NOTHING;
			SET LOCAL lock_timeout TO DEFAULT""";

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	/** What is on file for a key: the request it was first used for, and the answer. */
	record Remembered(RequestFingerprint fingerprint, FirstAnswer answer) {
	}

	/**
	 * What a committed request left under the key, unless it expired: read outside any
	 * transaction, so a retry of an answered request is replayed without taking a lock or
	 * holding a connection past this one query.
	 */
	Optional<Remembered> answered(IdempotencyKey key, Instant expiredBefore) {
		return jdbc
			.query("SELECT fingerprint, response_status, response_headers, response_body FROM idempotency_key "
					+ "WHERE caller = ? AND key = ? AND created_at >= ?", this::remembered, key.caller(), key.value(),
					Timestamp.from(expiredBefore))
			.stream()
			.findFirst()
			.map((remembered) -> remembered
				.orElseThrow(() -> new IllegalStateException("a committed idempotency key has no answer")));
	}

	/**
	 * Claims the key for a request, or returns what an earlier request under it left. A
	 * key on file from before {@code expiredBefore} is forgotten first, so it counts as
	 * new. When another transaction has claimed the key and not ended yet, this waits for
	 * it, at most {@code patience}: if it commits, its answer is returned; if it rolls
	 * back, the claim goes to this request. A row without an answer is visible only to
	 * the transaction that inserted it, so finding one means this transaction claimed the
	 * key before, for an earlier command of the same request: it still holds it.
	 * @return empty when this request holds the key (until its transaction ends)
	 * @throws KeyStillInUse when the other transaction outlasts the patience
	 */
	Optional<Remembered> claim(IdempotencyKey key, RequestFingerprint fingerprint, Instant now, Instant expiredBefore,
			Duration patience) {
		boolean claimed;
		try {
			claimed = Boolean.TRUE.equals(jdbc.execute(CLAIM, (PreparedStatement claim) -> {
				claim.setString(1, patience.toMillis() + "ms");
				claim.setString(2, key.caller());
				claim.setString(3, key.value());
				claim.setTimestamp(4, Timestamp.from(expiredBefore));
				claim.setString(5, key.caller());
				claim.setString(6, key.value());
				claim.setString(7, fingerprint.hex());
				claim.setTimestamp(8, Timestamp.from(now));
				claim.execute();
				// Past the setting's row and the forgotten keys, to the insert's count.
				claim.getMoreResults();
				claim.getMoreResults();
				return claim.getUpdateCount() == 1;
			}));
		}
		catch (RuntimeException ex) {
			if (KeyStillInUse.isLockTimeout(ex)) {
				throw new KeyStillInUse(key, ex);
			}
			throw ex;
		}
		if (claimed) {
			return Optional.empty();
		}
		List<Optional<Remembered>> onFile = jdbc
			.query("SELECT fingerprint, response_status, response_headers, response_body FROM idempotency_key "
					+ "WHERE caller = ? AND key = ?", this::remembered, key.caller(), key.value());
		if (onFile.isEmpty()) {
			// Expired and swept between the two statements: too rare to be worth more
			// than asking the client to retry.
			throw new KeyStillInUse(key, null);
		}
		return onFile.get(0);
	}

	/**
	 * Files the first answer under the key this transaction claimed.
	 * @throws IllegalStateException when the claim is gone: the transaction was rolled
	 * back underneath the request, so its events are gone too and the answer must not be
	 * given as if they were stored
	 */
	void remember(IdempotencyKey key, FirstAnswer answer) {
		int updated = jdbc.update("""
				UPDATE idempotency_key SET response_status = ?, response_headers = ?::jsonb, response_body = ?
				WHERE caller = ? AND key = ? AND response_status IS NULL""", answer.status(), write(answer.headers()),
				answer.body(), key.caller(), key.value());
		if (updated != 1) {
			throw new IllegalStateException("the claim on idempotency key " + key
					+ " was lost before its answer could be filed: the request's transaction was rolled back");
		}
	}

	/** Deletes every key first used before the given instant; returns how many. */
	int forgetUsedBefore(Instant instant) {
		return jdbc.update("DELETE FROM idempotency_key WHERE created_at < ?", Timestamp.from(instant));
	}

	/** Empty for a row without an answer yet: this transaction's own claim. */
	private Optional<Remembered> remembered(ResultSet row, int n) throws SQLException {
		RequestFingerprint fingerprint = RequestFingerprint.of(row.getString("fingerprint"));
		int status = row.getInt("response_status");
		if (row.wasNull()) {
			return Optional.empty();
		}
		return Optional.of(new Remembered(fingerprint,
				new FirstAnswer(status, read(row.getString("response_headers")), row.getBytes("response_body"))));
	}

	private String write(Map<String, List<String>> headers) {
		try {
			return json.writeValueAsString(headers);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("header names and values always serialise", ex);
		}
	}

	private Map<String, List<String>> read(String headers) {
		try {
			return json.readValue(headers, HEADERS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("stored headers are written by this class and always read back", ex);
		}
	}

}
