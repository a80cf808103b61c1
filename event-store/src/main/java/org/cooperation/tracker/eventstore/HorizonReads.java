package org.cooperation.tracker.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC reads of the event stream, each bounded by the {@link ReadHorizon}: the
 * batches a tracking processor reads, the look-ahead over a long gap, and the head token.
 * The statements are Axon's defaults with one more condition, so a token still moves as
 * Axon moves it; only, every position it passes is final, and a gap it keeps is a
 * rolled-back append that will never fill.
 */
public final class HorizonReads {

	private HorizonReads() {
	}

	/** The builder with every stream read bounded by the horizon. */
	public static JdbcEventStorageEngine.Builder boundedBy(JdbcEventStorageEngine.Builder builder,
			ReadHorizon horizon) {
		return builder
			.readEventDataWithoutGaps((connection, schema, globalIndex, batchSize) -> batch(connection, schema,
					globalIndex, batchSize, List.of(), horizon))
			.readEventDataWithGaps((connection, schema, globalIndex, batchSize, gaps) -> batch(connection, schema,
					globalIndex, batchSize, gaps, horizon))
			.fetchTrackedEvents((connection, schema, index) -> firstAfter(connection, schema, index, horizon))
			.createHeadToken((connection, schema) -> head(connection, schema, horizon));
	}

	/**
	 * The next batch after a position, and the gaps kept behind it (final already: a gap
	 * below the horizon is a rolled-back append).
	 */
	private static PreparedStatement batch(Connection connection, EventSchema schema, long globalIndex, int batchSize,
			List<Long> gaps, ReadHorizon horizon) throws SQLException {
		long upTo = Math.min(globalIndex + batchSize, horizon.settledPosition(connection));
		String index = schema.globalIndexColumn();
		String sql = "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable() + " WHERE (" + index
				+ " > ? AND " + index + " <= ?)"
				+ (gaps.isEmpty() ? ""
						: " OR " + index + " IN (" + String.join(",", Collections.nCopies(gaps.size(), "?")) + ")")
				+ " ORDER BY " + index + " ASC";
		PreparedStatement statement = connection.prepareStatement(sql);
		statement.setLong(1, globalIndex);
		statement.setLong(2, upTo);
		for (int i = 0; i < gaps.size(); i++) {
			statement.setLong(i + 3, gaps.get(i));
		}
		return statement;
	}

	/** Where the next event lies after a long gap, within the horizon. */
	private static PreparedStatement firstAfter(Connection connection, EventSchema schema, long index,
			ReadHorizon horizon) throws SQLException {
		long upTo = horizon.settledPosition(connection);
		PreparedStatement statement = connection
			.prepareStatement("SELECT min(" + schema.globalIndexColumn() + ") FROM " + schema.domainEventTable()
					+ " WHERE " + schema.globalIndexColumn() + " > ? AND " + schema.globalIndexColumn() + " <= ?");
		statement.setLong(1, index);
		statement.setLong(2, upTo);
		return statement;
	}

	/**
	 * The head: a processor that starts there must not start past a position still open.
	 */
	private static PreparedStatement head(Connection connection, EventSchema schema, ReadHorizon horizon)
			throws SQLException {
		long upTo = horizon.settledPosition(connection);
		PreparedStatement statement = connection.prepareStatement("SELECT max(" + schema.globalIndexColumn() + ") FROM "
				+ schema.domainEventTable() + " WHERE " + schema.globalIndexColumn() + " <= ?");
		statement.setLong(1, upTo);
		return statement;
	}

}
