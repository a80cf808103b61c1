package org.cooperation.tracker.command.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.Serializer;

import org.cooperation.tracker.command.waits.LockWait;
import org.cooperation.tracker.eventstore.ConcurrentAppends;

/**
 * The former way, kept as the measured alternative
 * ({@code tracker.event-store.commit-ordered-appends=true}): appends one writer at a
 * time, so that global positions become visible in commit order. The default,
 * {@link ConcurrentAppends} with readers bounded by the read horizon, keeps the same
 * guarantee without serialising writers, and on a durable server commits several times as
 * many appends a second (README, "No event is ever skipped").
 * <p>
 * A tracking processor reads by global index. If transaction A takes position 7,
 * transaction B takes 8 and commits first, a reader sees 8 with a gap at 7; should A
 * commit after the reader's gap timeout, event 7 is skipped for ever (AxonFramework issue
 * 4829). Here every append first takes one transaction-scoped advisory lock, so a writer
 * draws its positions only after the previous writer has committed or rolled back: a gap
 * can then only be a rolled-back append, which never fills. The lock is held from the
 * append to the commit, which Axon does right after (a request with an Idempotency-Key
 * first files its answer in the same transaction: one more UPDATE), so it costs little;
 * it holds across any number of command-side instances because it lives in PostgreSQL. It
 * takes the shared "append" lock as well, so readers bounded by the horizon stay correct
 * in this mode too.
 * <p>
 * The wait for the lock is bounded by the {@link LockWait} ({@code lock_timeout} for the
 * rest of the transaction): behind a writer whose transaction stays open, every other
 * append would otherwise wait for as long as that writer, and each waiting request holds
 * a pooled connection. When the wait runs out, PostgreSQL cancels the statement with
 * lock_not_available, the command's transaction rolls back, and the request is answered
 * 503 "busy" with nothing stored.
 */
public final class CommitOrderedAppends implements AppendEventsStatementBuilder {

	/**
	 * An arbitrary key that no other part of the system uses ("tracker" as ASCII); every
	 * instance, and a test playing another one, takes the same.
	 */
	public static final long APPEND_LOCK_KEY = 0x747261636b6572L;

	private final String takeTheLock;

	/** What follows the lock: the append readers' horizon relies on, as without it. */
	private final ConcurrentAppends concurrent = new ConcurrentAppends();

	public CommitOrderedAppends(LockWait wait) {
		this.takeTheLock = "SET LOCAL lock_timeout = '" + wait.asLockTimeout() + "'; SELECT pg_advisory_xact_lock("
				+ APPEND_LOCK_KEY + ")";
	}

	@Override
	public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
			List<? extends EventMessage<?>> events, Serializer serializer, TimestampWriter timestampWriter)
			throws SQLException {
		try (Statement lock = connection.createStatement()) {
			lock.execute(takeTheLock);
		}
		return concurrent.build(connection, schema, dataType, events, serializer, timestampWriter);
	}

}
