package org.cooperation.tracker.query.replay;

import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The switch's rule for a read model split into segments that stand at different
 * positions: an event after the rebuild is in the live read model exactly when the token
 * of the segment that owns its aggregate covers it.
 */
class LivePositionTest {

	/** "b".hashCode() is even: segment 0 of two. */
	private static final String IN_SEGMENT_0 = "b";

	/** "a".hashCode() is odd: segment 1 of two. */
	private static final String IN_SEGMENT_1 = "a";

	@Test
	void anEventIsLiveWhenTheTokenOfItsOwnSegmentCoversIt() {
		Segment[] two = Segment.computeSegments(0, 1);
		Map<Segment, TrackingToken> tokens = new LinkedHashMap<>();
		tokens.put(two[0], new GlobalSequenceTrackingToken(12));
		tokens.put(two[1], new GlobalSequenceTrackingToken(9));
		LivePosition live = new LivePosition(tokens, SequentialPerAggregatePolicy.instance());

		assertThat(live.lowest()).isEqualTo(9);
		assertThat(live.highest()).isEqualTo(12);
		assertThat(live.covers(event(IN_SEGMENT_0, 10))).as("segment 0 is at 12").isTrue();
		assertThat(live.covers(event(IN_SEGMENT_0, 13))).isFalse();
		assertThat(live.covers(event(IN_SEGMENT_1, 9))).isTrue();
		assertThat(live.covers(event(IN_SEGMENT_1, 10))).as("segment 1 is at 9").isFalse();
	}

	@Test
	void oneSegmentCoversEveryAggregateUpToItsToken() {
		LivePosition live = new LivePosition(Map.of(Segment.ROOT_SEGMENT, new GlobalSequenceTrackingToken(9)),
				SequentialPerAggregatePolicy.instance());

		assertThat(live.covers(event(IN_SEGMENT_0, 9))).isTrue();
		assertThat(live.covers(event(IN_SEGMENT_1, 9))).isTrue();
		assertThat(live.covers(event(IN_SEGMENT_0, 10))).isFalse();
	}

	@Test
	void aSegmentWithoutATokenYetCoversNothing() {
		Segment[] two = Segment.computeSegments(0, 1);
		Map<Segment, TrackingToken> tokens = new LinkedHashMap<>();
		tokens.put(two[0], new GlobalSequenceTrackingToken(12));
		tokens.put(two[1], null);
		LivePosition live = new LivePosition(tokens, SequentialPerAggregatePolicy.instance());

		assertThat(live.covers(event(IN_SEGMENT_1, 0))).isFalse();
		assertThat(live.lowest()).isEqualTo(-1);
	}

	private static TrackedEventMessage<?> event(String aggregate, long position) {
		return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position),
				new GenericDomainEventMessage<>("Initiative", aggregate, 0, "payload"));
	}

}
