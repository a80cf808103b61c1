package org.cooperation.tracker.command.eventstore;

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
 * Appends events so that global positions become visible in commit order.
 * <p>
 * A tracking processor reads by global index. If transaction A takes position 7,
 * transaction B takes 8 and commits first, a reader sees 8 with a gap at 7; should A
 * commit after the reader's gap timeout, event 7 is skipped for ever (AxonFramework issue
 * 4829). Here every append first takes one transaction-scoped advisory lock, so a writer
 * draws its positions only after the previous writer has committed or rolled back: a gap
 * can then only be a rolled-back append, which never fills. The lock is held from the
 * append to the commit, which Axon does right after (a request with an Idempotency-Key
 * first files its answer in the same transaction: one more UPDATE), so it costs little;
 * it holds across any number of command-side instances because it lives in PostgreSQL.
 */
public final class CommitOrderedAppends implements AppendEventsStatementBuilder {

	/** An arbitrary key that no other part of the system uses ("tracker" as ASCII). */
	static final long APPEND_LOCK_KEY = 0x747261636b6572L;

	@Override
	public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
			List<? extends EventMessage<?>> events, Serializer serializer, TimestampWriter timestampWriter)
			throws SQLException {
		try (Statement lock = connection.createStatement()) {
			lock.execute("SELECT pg_advisory_xact_lock(" + APPEND_LOCK_KEY + ")");
		}
		return JdbcEventStorageEngineStatements.appendEvents(connection, schema, dataType, events, serializer,
				timestampWriter);
	}

}
