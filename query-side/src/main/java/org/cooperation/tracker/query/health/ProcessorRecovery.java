package org.cooperation.tracker.query.health;

import java.util.Objects;

import lombok.RequiredArgsConstructor;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.access.problem.DatabaseUnavailable;

/**
 * Brings projections back quickly after a database outage. A tracking processor retries a
 * failed batch after 1, 2, 4, ... up to 60 seconds, so after a long outage it could sit
 * idle for a minute with the database long back. Every few seconds this looks for a
 * processor failing because the database was lost and, once the database answers again,
 * restarts it, which resumes from its last committed token: nothing is skipped or applied
 * twice, since the token and the read models commit together.
 */
@Component
@RequiredArgsConstructor
class ProcessorRecovery {

	private static final Logger log = LoggerFactory.getLogger(ProcessorRecovery.class);

	private final EventProcessingConfiguration processing;

	private final JdbcTemplate jdbc;

	@Scheduled(fixedDelayString = "${tracker.projections.recovery-check-every:PT2S}")
	void restartProcessorsThatLostTheDatabase() {
		boolean checkedDatabase = false;
		for (String name : processing.eventProcessors().keySet()) {
			TrackingEventProcessor processor = processing.eventProcessor(name, TrackingEventProcessor.class)
				.orElse(null);
			if (processor == null || !processor.isRunning() || !lostTheDatabase(processor)) {
				continue;
			}
			if (!checkedDatabase) {
				if (!databaseAnswers()) {
					return;
				}
				checkedDatabase = true;
			}
			log.info("Database reachable again: restarting processor {} instead of waiting out its back-off", name);
			processor.shutDown();
			processor.start();
		}
	}

	private static boolean lostTheDatabase(TrackingEventProcessor processor) {
		return processor.processingStatus()
			.values()
			.stream()
			.filter(EventTrackerStatus::isErrorState)
			.map(EventTrackerStatus::getError)
			.filter(Objects::nonNull)
			.anyMatch(DatabaseUnavailable::causedBy);
	}

	private boolean databaseAnswers() {
		try {
			jdbc.queryForObject("SELECT 1", Integer.class);
			return true;
		}
		catch (DataAccessException ex) {
			return false;
		}
	}

}
