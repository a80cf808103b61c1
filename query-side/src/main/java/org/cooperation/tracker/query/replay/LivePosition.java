package org.cooperation.tracker.query.replay;

import java.util.Map;
import java.util.Objects;

import org.axonframework.common.ObjectUtils;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.async.SequencingPolicy;

import org.cooperation.tracker.query.eventstore.SharedTokens;

/**
 * Where a live read model stands, segment by segment: an event is in it when the token of
 * the segment that owns the event (by the processor's sequencing policy, as Axon assigns
 * it) covers it. With one segment that is the one token.
 */
record LivePosition(Map<Segment, TrackingToken> tokens, SequencingPolicy<? super EventMessage<?>> sequencing) {

	LivePosition {
		if (tokens.isEmpty()) {
			throw new ReplayFailure("a live read model has no token yet; replay again once it has started");
		}
	}

	long lowest() {
		return tokens.values().stream().mapToLong(SharedTokens::position).min().orElse(-1);
	}

	long highest() {
		return tokens.values().stream().mapToLong(SharedTokens::position).max().orElse(-1);
	}

	boolean covers(TrackedEventMessage<?> event) {
		int hash = Objects
			.hashCode(ObjectUtils.getOrDefault(sequencing.getSequenceIdentifierFor(event), event::getIdentifier));
		return tokens.entrySet()
			.stream()
			.filter((segment) -> segment.getKey().matches(hash))
			.anyMatch((segment) -> segment.getValue() != null && segment.getValue().covers(event.trackingToken()));
	}

}
