package org.cooperation.tracker.query.replay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The replays as {@code replay_run} keeps them. Written outside the replay's own
 * transactions, each statement committing on its own, so progress shows on every instance
 * as it is made.
 */
@Component
public class ReplayRuns {

	private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
	};

	private static final String COLUMNS = "replay_id, processors::text, switch_over, state, requested_by, requested_at, "
			+ "finished_at, head_position, events_total, events_done, events_per_second, comparison::text, failure";

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	public ReplayRuns(JdbcTemplate jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The same records written through another connection. */
	ReplayRuns on(JdbcTemplate other) {
		return new ReplayRuns(other, json);
	}

	void insert(ReplayRun run) {
		jdbc.update(
				"INSERT INTO replay_run (replay_id, processors, switch_over, state, requested_by, requested_at, "
						+ "head_position, events_total, events_done) VALUES (?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)",
				run.replayId(), write(run.processors()), run.switchOver(), run.state().name(), run.requestedBy(),
				Timestamp.from(run.requestedAt()), run.headPosition(), run.eventsTotal(), run.eventsDone());
	}

	void progress(UUID replayId, ReplayState state, long eventsTotal, long eventsDone, Double eventsPerSecond) {
		jdbc.update("UPDATE replay_run SET state = ?, events_total = ?, events_done = ?, events_per_second = ? "
				+ "WHERE replay_id = ?", state.name(), eventsTotal, eventsDone, eventsPerSecond, replayId);
	}

	void done(UUID replayId, Comparison comparison, Instant at) {
		jdbc.update("UPDATE replay_run SET state = ?, comparison = ?::jsonb, finished_at = ? WHERE replay_id = ?",
				ReplayState.DONE.name(), write(comparison), Timestamp.from(at), replayId);
	}

	void failed(UUID replayId, String failure, Instant at) {
		jdbc.update("UPDATE replay_run SET state = ?, failure = ?, finished_at = ? WHERE replay_id = ?",
				ReplayState.FAILED.name(), failure, Timestamp.from(at), replayId);
	}

	/**
	 * Marks as failed the replays left running by an instance that stopped: called by the
	 * one holding the replay lock, so no other replay can be running.
	 */
	int abandoned(Instant at) {
		return jdbc.update("UPDATE replay_run SET state = ?, failure = ?, finished_at = ? WHERE state IN (?, ?)",
				ReplayState.FAILED.name(), "interrupted: the query-side instance running it stopped",
				Timestamp.from(at), ReplayState.BUILDING.name(), ReplayState.SWITCHING.name());
	}

	public Optional<ReplayRun> find(UUID replayId) {
		return jdbc.query("SELECT " + COLUMNS + " FROM replay_run WHERE replay_id = ?", this::run, replayId)
			.stream()
			.findFirst();
	}

	/** The latest replays, newest first. */
	public List<ReplayRun> latest(int limit) {
		return jdbc.query("SELECT " + COLUMNS + " FROM replay_run ORDER BY requested_at DESC LIMIT ?", this::run,
				limit);
	}

	private ReplayRun run(ResultSet row, int index) throws SQLException {
		Timestamp finished = row.getTimestamp("finished_at");
		double rate = row.getDouble("events_per_second");
		Double eventsPerSecond = row.wasNull() ? null : rate;
		String comparison = row.getString("comparison");
		return new ReplayRun(row.getObject("replay_id", UUID.class), read(row.getString("processors"), NAMES),
				row.getBoolean("switch_over"), ReplayState.valueOf(row.getString("state")),
				row.getString("requested_by"), row.getTimestamp("requested_at").toInstant(),
				(finished != null) ? finished.toInstant() : null, row.getLong("head_position"),
				row.getLong("events_total"), row.getLong("events_done"), eventsPerSecond,
				(comparison != null) ? read(comparison, new TypeReference<Comparison>() {
				}) : null, row.getString("failure"));
	}

	private String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("a replay's record could not be written as JSON", ex);
		}
	}

	private <T> T read(String text, TypeReference<T> type) {
		try {
			return json.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("a replay's record could not be read", ex);
		}
	}

}
