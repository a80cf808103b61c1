package org.cooperation.tracker.query.deadletter;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which records the read models show incompletely: those with events parked by any
 * projection. The dead-letter queue parks by aggregate, so a record's parked events are
 * those whose sequence is its aggregate's id; one indexed lookup (Flyway V9) per read.
 */
@Component
@RequiredArgsConstructor
public class IncompleteRecords {

	private final JdbcTemplate jdbc;

	/**
	 * How many events of the aggregate some projection could not apply and has parked.
	 */
	public long parkedEventsOf(String aggregateId) {
		Long parked = jdbc.queryForObject("SELECT count(*) FROM deadletterentry WHERE sequenceidentifier = ?",
				Long.class, aggregateId);
		return (parked != null) ? parked : 0;
	}

}
