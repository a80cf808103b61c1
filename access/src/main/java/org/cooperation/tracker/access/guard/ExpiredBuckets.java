package org.cooperation.tracker.access.guard;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import org.cooperation.tracker.access.problem.DatabaseUnavailable;

/**
 * Forgets the buckets that have filled up again, so the table holds only callers active
 * in the last minutes. Every instance does it; rows another one is deleting are skipped.
 */
@RequiredArgsConstructor
public class ExpiredBuckets {

	private static final Logger log = LoggerFactory.getLogger(ExpiredBuckets.class);

	private static final int BATCH = 1000;

	private final BucketStore store;

	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
	public void forget() {
		try {
			int removed;
			do {
				removed = store.removeExpired(BATCH);
			}
			while (removed == BATCH);
		}
		catch (RuntimeException ex) {
			if (!DatabaseUnavailable.causedBy(ex)) {
				throw ex;
			}
			log.warn("Expired rate-limit buckets not removed, the database cannot be used: {}", ex.toString());
		}
	}

}
