package org.cooperation.tracker.command.idempotency;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;

/**
 * Puts the {@code Idempotency-Key} of the write being answered, with the request's
 * fingerprint, on every command the write sends, for {@link KeyClaim} to claim inside the
 * command's unit of work; and begins the request's transaction before the first of them
 * is handled, so that the unit of work takes part in it.
 */
class KeyOnCommands implements MessageDispatchInterceptor<CommandMessage<?>> {

	static final String CALLER = "idempotencyCaller";

	static final String KEY = "idempotencyKey";

	static final String FINGERPRINT = "idempotencyFingerprint";

	@Override
	public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
			List<? extends CommandMessage<?>> messages) {
		return (index, command) -> {
			Optional<KeyedRequest> keyed = KeyedRequest.current();
			if (keyed.isEmpty()) {
				return command;
			}
			keyed.get().beginTransaction();
			return command.andMetaData(Map.of(CALLER, keyed.get().key().caller(), KEY, keyed.get().key().value(),
					FINGERPRINT, keyed.get().fingerprint().hex()));
		};
	}

	/** The key and fingerprint a command carries, when it was sent under one. */
	record Carried(IdempotencyKey key, RequestFingerprint fingerprint) {

		static Optional<Carried> by(CommandMessage<?> command) {
			MetaData metaData = command.getMetaData();
			if (!(metaData.get(KEY) instanceof String key) || !(metaData.get(CALLER) instanceof String caller)
					|| !(metaData.get(FINGERPRINT) instanceof String fingerprint)) {
				return Optional.empty();
			}
			return Optional.of(new Carried(new IdempotencyKey(caller, key), RequestFingerprint.of(fingerprint)));
		}

	}

}
