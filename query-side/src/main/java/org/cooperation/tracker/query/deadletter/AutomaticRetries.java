package org.cooperation.tracker.query.deadletter;

import java.time.Clock;
import java.time.Instant;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries parked events by themselves, with a wait that doubles after each failed attempt
 * (10 s, 20 s, 40 s, ... by default), a few times: a cause that passes (a read model
 * fixed by a redeploy, a lock that timed out) heals without anyone's help. After the last
 * automatic retry the event waits for an admin (README, "Dead letters").
 */
@Component
@RequiredArgsConstructor
class AutomaticRetries {

	private static final Logger log = LoggerFactory.getLogger(AutomaticRetries.class);

	private final DeadLetters deadLetters;

	private final DeadLetterSettings settings;

	private final Clock clock = Clock.systemUTC();

	@Scheduled(fixedDelayString = "${tracker.dead-letters.check-every:PT1S}")
	void retryWhatIsDue() {
		Instant now = clock.instant();
		for (String group : deadLetters.processors()) {
			try {
				if (deadLetters.parkedIn(group) == 0) {
					continue;
				}
				int applied = deadLetters.retry(group, letter -> {
					int failed = ParkingPolicy.failedAttempts(letter);
					return failed <= settings.automaticRetries()
							&& !letter.lastTouched().plus(settings.waitAfter(failed)).isAfter(now);
				});
				if (applied > 0) {
					log.info("Applied {} parked sequence(s) of {} on automatic retry", applied, group);
				}
			}
			catch (RuntimeException ex) {
				// The database may be away: the next run tries again, and this one asks
				// no
				// further (each question would wait out a connection timeout).
				log.warn("Automatic retry of dead letters in {} failed: {}", group, ex.getMessage());
				return;
			}
		}
	}

}
