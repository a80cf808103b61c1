package org.cooperation.tracker.command.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long a key is remembered (24 hours unless configured): long enough for any client's
 * retries, short enough that the table stays small. An expired key counts as new when it
 * is sent again; the sweep deletes the rest.
 */
@RequiredArgsConstructor
class KeyRetention {

	private static final Logger log = LoggerFactory.getLogger(KeyRetention.class);

	private final Duration retention;

	private final Clock clock;

	private final IdempotencyKeyStore keys;

	private final TransactionTemplate transactions;

	Instant now() {
		return clock.instant();
	}

	/** Keys first used before this instant are forgotten. */
	Instant expiredBefore(Instant now) {
		return now.minus(retention);
	}

	@Scheduled(fixedDelayString = "${tracker.idempotency.sweep-every:PT1H}",
			initialDelayString = "${tracker.idempotency.sweep-every:PT1H}")
	void sweep() {
		forgetExpired();
	}

	/** Deletes the expired keys; returns how many. */
	int forgetExpired() {
		Integer forgotten = transactions.execute((tx) -> keys.forgetUsedBefore(expiredBefore(now())));
		if (forgotten != null && forgotten > 0) {
			log.info("Forgot {} idempotency keys older than {}", forgotten, retention);
		}
		return (forgotten != null) ? forgotten : 0;
	}

}
