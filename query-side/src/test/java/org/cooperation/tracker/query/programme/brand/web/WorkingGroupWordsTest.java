package org.cooperation.tracker.query.programme.brand.web;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.programme.brand.ConceptDecision;
import org.cooperation.tracker.kernel.programme.brand.MemberRole;
import org.cooperation.tracker.query.programme.brand.model.ApprovalState;
import org.cooperation.tracker.query.programme.brand.model.Departure;
import org.cooperation.tracker.query.web.Display;
import org.cooperation.tracker.testing.MessageBundles;

import static org.assertj.core.api.Assertions.assertThat;

/** Every constant the working group's page words has its words in the bundles. */
class WorkingGroupWordsTest {

	@Test
	void everyConstantThePageWordsHasItsWords() {
		assertThat(Stream.of(MemberRole.values(), Departure.values(), ApprovalState.values(), ConceptDecision.values())
			.flatMap(Stream::of)
			.map(Display::key)).isSubsetOf(MessageBundles.keys());
	}

}
