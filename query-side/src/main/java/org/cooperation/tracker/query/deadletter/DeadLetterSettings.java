package org.cooperation.tracker.query.deadletter;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tracker.dead-letters.*}: how often and how soon a parked event is retried by
 * itself before it waits for an admin.
 *
 * @param automaticRetries retries after the first failure; 0 parks at once
 * @param firstRetryAfter the wait before the first retry, doubled before each next one
 */
@ConfigurationProperties("tracker.dead-letters")
record DeadLetterSettings(@DefaultValue("5") int automaticRetries, @DefaultValue("PT10S") Duration firstRetryAfter) {

	/** The wait after the given number of failed attempts. */
	Duration waitAfter(int failedAttempts) {
		return firstRetryAfter.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 16));
	}

}
