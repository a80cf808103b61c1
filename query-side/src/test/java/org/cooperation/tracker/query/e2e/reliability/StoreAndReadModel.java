package org.cooperation.tracker.query.e2e.reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the event store and the query side's history read model hold for the progress
 * reports of one scenario, read straight from the database: for each note (which carries
 * the report's idempotency key), the ids of the events that carry it.
 */
final class StoreAndReadModel {

	private static final String STORED = """
			SELECT eventidentifier, convert_from(payload, 'UTF8')::jsonb ->> 'note' AS note
			FROM domainevententry
			WHERE payloadtype LIKE '%ProgressReported'
			  AND convert_from(payload, 'UTF8')::jsonb ->> 'note' LIKE ?""";

	private static final String PROJECTED = """
			SELECT event_id, note FROM rm_participation_history WHERE note LIKE ?""";

	/**
	 * The events of one scenario, by note: several events under one note are duplicates.
	 */
	record Events(Map<String, Map<String, Integer>> byNote) {

		int total() {
			return byNote.values()
				.stream()
				.mapToInt((ids) -> ids.values().stream().mapToInt(Integer::intValue).sum())
				.sum();
		}

		int count(String note) {
			Map<String, Integer> ids = byNote.get(note);
			return (ids != null) ? ids.values().stream().mapToInt(Integer::intValue).sum() : 0;
		}

		Set<String> eventIds(String note) {
			return byNote.getOrDefault(note, Map.of()).keySet();
		}

		boolean sameEventsAs(Events other) {
			return byNote.equals(other.byNote);
		}

	}

	private final SuiteDatabase database;

	StoreAndReadModel(SuiteDatabase database) {
		this.database = database;
	}

	Events stored(String notePrefix) throws SQLException {
		return read(STORED, notePrefix);
	}

	Events projected(String notePrefix) throws SQLException {
		return read(PROJECTED, notePrefix);
	}

	private Events read(String sql, String notePrefix) throws SQLException {
		Map<String, Map<String, Integer>> byNote = new HashMap<>();
		try (Connection connection = database.connect();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, notePrefix + "%");
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					byNote.computeIfAbsent(rows.getString(2), (note) -> new HashMap<>())
						.merge(rows.getString(1), 1, Integer::sum);
				}
			}
		}
		return new Events(byNote);
	}

}
