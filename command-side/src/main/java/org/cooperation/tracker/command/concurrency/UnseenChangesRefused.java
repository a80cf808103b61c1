package org.cooperation.tracker.command.concurrency;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolution;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;

/**
 * Refuses a command whose expected version is behind its aggregate before the handler
 * decides anything. Axon's event-sourcing repository only registers a conflict resolver
 * for such a command and fails it at commit unless the handler resolves the conflict; a
 * handler's own refusal (a rule the newer state breaks) would come first and answer 409
 * for what is a stale precondition. Every event the client has not seen counts as a
 * conflict here, as HTTP's If-Match means.
 */
class UnseenChangesRefused implements HandlerEnhancerDefinition {

	@Override
	public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
		if (!original.canHandleMessageType(CommandMessage.class)) {
			return original;
		}
		return new WrappedMessageHandlingMember<>(original) {

			@Override
			public Object handle(Message<?> message, T target) throws Exception {
				// Without an expected version behind, this is Axon's resolver that finds
				// nothing.
				ConflictResolution.getConflictResolver().detectConflicts((unseen) -> !unseen.isEmpty());
				return super.handle(message, target);
			}

		};
	}

}
