package org.cooperation.tracker.command.waits;

import java.time.Duration;

import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lock waits a command may spend, from {@code tracker.command.lock-wait}. Axon's own
 * record lock waits 6,000 attempts of 10 ms, a full minute, before it fails with a
 * {@code LockAcquisitionFailedException}: behind one stuck writer every other write to
 * the same record hung for a minute and was then answered 500. Every aggregate names
 * {@link #AGGREGATE_LOCKS} as its lock factory instead (an architecture test checks it).
 */
@Configuration(proxyBeanMethods = false)
public class BoundedWaits {

	/** The bean every {@code @Aggregate} names as its {@code lockFactory}. */
	public static final String AGGREGATE_LOCKS = "aggregateLocks";

	/** How long one attempt on a record's lock blocks (Axon's default). */
	private static final int ATTEMPT_MILLIS = 10;

	@Bean
	LockWait lockWait(@Value("${tracker.command.lock-wait:PT3S}") Duration wait) {
		return new LockWait(wait);
	}

	/**
	 * Records' locks in this process that give up after the lock wait. Between attempts
	 * Axon checks for a deadlock between commands, as with its defaults.
	 */
	@Bean(AGGREGATE_LOCKS)
	LockFactory aggregateLocks(LockWait wait) {
		int attempts = (int) Math.max(1, wait.value().toMillis() / ATTEMPT_MILLIS);
		return PessimisticLockFactory.builder().acquireAttempts(attempts).lockAttemptTimeout(ATTEMPT_MILLIS).build();
	}

}
