package org.cooperation.tracker.query.deadletter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.DefaultDeadLetterStatementFactory;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.Serializer;

/**
 * Axon's statements for the dead-letter table, with every failure's message made storable
 * before it is written: without U+0000, and cut to the {@code causemessage} column's 1023
 * characters. A message the table cannot hold (a long SQL error, or one quoting the very
 * U+0000 that made the event fail) would make parking fail too, and the batch with it,
 * which is the processor stopping on an event all over again.
 */
class StorableCauses extends DefaultDeadLetterStatementFactory<EventMessage<?>> {

	StorableCauses(DeadLetterSchema schema, Serializer genericSerializer, Serializer eventSerializer) {
		super(DefaultDeadLetterStatementFactory.<EventMessage<?>>builder()
			.schema(schema)
			.genericSerializer(genericSerializer)
			.eventSerializer(eventSerializer));
	}

	@Override
	public PreparedStatement enqueueStatement(Connection connection, String processingGroup, String sequenceIdentifier,
			DeadLetter<? extends EventMessage<?>> letter, long sequenceIndex) throws SQLException {
		return super.enqueueStatement(connection, processingGroup, sequenceIdentifier, new WithStorableCause<>(letter),
				sequenceIndex);
	}

	@Override
	public PreparedStatement requeueStatement(Connection connection, String letterIdentifier, Cause cause,
			Instant lastTouched, MetaData diagnostics) throws SQLException {
		return super.requeueStatement(connection, letterIdentifier, storable(cause), lastTouched, diagnostics);
	}

	static Cause storable(Cause cause) {
		if (cause == null || cause.message() == null) {
			return cause;
		}
		String message = cause.message().replace("\0", "\\0");
		int size = ThrowableCause.TRUNCATED_MESSAGE_SIZE;
		if (message.length() > size) {
			// Never half a surrogate pair, which the database would store as '?'.
			message = message.substring(0, Character.isHighSurrogate(message.charAt(size - 1)) ? size - 1 : size);
		}
		return new ThrowableCause(cause.type(), message);
	}

	/** The letter as it is, but for its cause. */
	private record WithStorableCause<M extends EventMessage<?>>(DeadLetter<M> letter) implements DeadLetter<M> {

		@Override
		public M message() {
			return letter.message();
		}

		@Override
		public Optional<Cause> cause() {
			return letter.cause().map(StorableCauses::storable);
		}

		@Override
		public Instant enqueuedAt() {
			return letter.enqueuedAt();
		}

		@Override
		public Instant lastTouched() {
			return letter.lastTouched();
		}

		@Override
		public MetaData diagnostics() {
			return letter.diagnostics();
		}

		@Override
		public DeadLetter<M> markTouched() {
			return letter.markTouched();
		}

		@Override
		public DeadLetter<M> withCause(Throwable requeueCause) {
			return letter.withCause(requeueCause);
		}

		@Override
		public DeadLetter<M> withDiagnostics(MetaData diagnostics) {
			return letter.withDiagnostics(diagnostics);
		}

	}

}
