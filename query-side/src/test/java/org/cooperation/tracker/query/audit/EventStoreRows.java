package org.cooperation.tracker.query.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import org.cooperation.tracker.eventstore.ReadHorizon;
import org.cooperation.tracker.query.health.CommandSideTables;
import org.cooperation.tracker.testing.TestPostgres;

/**
 * An event store of its own for the history's tests, on a fresh database with the command
 * side's event table (and its audit indexes), written row by row as the command side's
 * storage engine would: payload and metadata as JSON bytes, the time as Axon's text.
 */
final class EventStoreRows {

	final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

	final JdbcTemplate jdbc;

	final EventHistory history;

	EventStoreRows() {
		TestPostgres.Database database = TestPostgres.newDatabase();
		CommandSideTables.create(database);
		DataSource source = new DriverManagerDataSource(database.url(), database.user(), database.password());
		this.jdbc = new JdbcTemplate(source);
		this.history = new EventHistory(jdbc, json, new ReadHorizon(ReadHorizon.GLOBAL_INDEX_SEQUENCE));
	}

	/** Appends one event; returns its global index. */
	long append(String aggregateType, String aggregateId, long sequence, Object payload, Map<String, String> metadata,
			String recordedAt) {
		try {
			return append(aggregateType, aggregateId, sequence, payload.getClass().getName(),
					json.writeValueAsBytes(payload), (metadata == null) ? null : json.writeValueAsBytes(metadata),
					recordedAt);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	long append(String aggregateType, String aggregateId, long sequence, Object payload, Map<String, String> metadata,
			Instant recordedAt) {
		return append(aggregateType, aggregateId, sequence, payload, metadata, recordedAt.toString());
	}

	/** Appends the stored bytes as given, JSON or not. */
	long append(String aggregateType, String aggregateId, long sequence, String payloadType, byte[] payload,
			byte[] metadata, String recordedAt) {
		return jdbc.queryForObject(
				"INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp, "
						+ "payloadtype, payloadrevision, payload, metadata) VALUES (?, ?, ?, ?, ?, ?, '1', ?, ?) "
						+ "RETURNING globalindex",
				Long.class, UUID.randomUUID().toString(), aggregateId, sequence, aggregateType, recordedAt, payloadType,
				payload, metadata);
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
