package org.cooperation.tracker.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.Serializer;

/**
 * Axon's own append, preceded by the one thing the {@link ReadHorizon} relies on: before
 * it draws any global position, the transaction shows that it is appending, by holding
 * the shared advisory lock {@link #APPENDING} until it ends. Shared: appending
 * transactions never wait for one another, and PostgreSQL flushes their commits to the
 * WAL together (group commit). Nothing takes that lock exclusively.
 */
public final class ConcurrentAppends implements AppendEventsStatementBuilder {

	/**
	 * "append" in ASCII: no other part of the system takes this advisory lock. Held
	 * shared by every transaction from before its first global position is drawn to its
	 * end.
	 */
	public static final long APPENDING = 0x617070656e64L;

	private static final String SHOW_APPENDING = "SELECT pg_advisory_xact_lock_shared(" + APPENDING + ")";

	@Override
	public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
			List<? extends EventMessage<?>> events, Serializer serializer, TimestampWriter timestampWriter)
			throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(SHOW_APPENDING);
		}
		return JdbcEventStorageEngineStatements.appendEvents(connection, schema, dataType, events, serializer,
				timestampWriter);
	}

}
