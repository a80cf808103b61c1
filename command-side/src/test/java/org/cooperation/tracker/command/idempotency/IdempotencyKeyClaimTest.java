package org.cooperation.tracker.command.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import org.cooperation.tracker.command.CommandSideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The claim's statements, sent in one round trip, on the real table: it waits for a key
 * another transaction holds no longer than the patience, and leaves the rest of its
 * transaction with the usual lock timeout.
 */
class IdempotencyKeyClaimTest extends CommandSideIntegrationTest {

	private static final RequestFingerprint FINGERPRINT = RequestFingerprint.of("POST", "/api/protocols", null,
			new byte[0]);

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ObjectMapper json;

	@Test
	void aNewKeyIsClaimedAndTheLockTimeoutIsTheUsualOneAfter() {
		IdempotencyKeyStore keys = new IdempotencyKeyStore(jdbc, json);
		String usual = jdbc.queryForObject("SELECT current_setting('lock_timeout')", String.class);
		IdempotencyKey key = new IdempotencyKey("secretariat", UUID.randomUUID().toString());
		String during = transactions.execute((tx) -> {
			assertThat(keys.claim(key, FINGERPRINT, Instant.now(), Instant.now().minus(Duration.ofDays(1)),
					Duration.ofSeconds(7)))
				.as("claimed")
				.isEmpty();
			return jdbc.queryForObject("SELECT current_setting('lock_timeout')", String.class);
		});
		assertThat(during).isEqualTo(usual).isNotEqualTo("7s");
	}

	@Test
	void aKeyHeldElsewhereIsWaitedForNoLongerThanThePatience() throws Exception {
		IdempotencyKeyStore keys = new IdempotencyKeyStore(jdbc, json);
		IdempotencyKey key = new IdempotencyKey("secretariat", UUID.randomUUID().toString());
		try (Connection elsewhere = dataSource.getConnection()) {
			elsewhere.setAutoCommit(false);
			try (PreparedStatement claim = elsewhere.prepareStatement(
					"INSERT INTO idempotency_key (caller, key, fingerprint, created_at) VALUES (?, ?, ?, ?)")) {
				claim.setString(1, key.caller());
				claim.setString(2, key.value());
				claim.setString(3, FINGERPRINT.hex());
				claim.setTimestamp(4, Timestamp.from(Instant.now()));
				claim.executeUpdate();
			}
			long started = System.nanoTime();
			assertThatThrownBy(() -> transactions.executeWithoutResult((tx) -> keys.claim(key, FINGERPRINT,
					Instant.now(), Instant.now().minus(Duration.ofDays(1)), Duration.ofMillis(300))))
				.isInstanceOf(KeyStillInUse.class);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(300),
					Duration.ofSeconds(10));
			elsewhere.rollback();
		}
	}

}
