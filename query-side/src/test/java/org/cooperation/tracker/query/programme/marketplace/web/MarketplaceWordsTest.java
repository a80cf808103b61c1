package org.cooperation.tracker.query.programme.marketplace.web;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.ListingState;
import org.cooperation.tracker.query.programme.marketplace.model.ListingStep;
import org.cooperation.tracker.query.web.Display;
import org.cooperation.tracker.testing.MessageBundles;

import static org.assertj.core.api.Assertions.assertThat;

/** Every constant the marketplace page words has its words in the bundles. */
class MarketplaceWordsTest {

	@Test
	void everyConstantThePageWordsHasItsWords() {
		assertThat(Stream.of(Craft.values(), ListingState.values(), ListingStep.values())
			.flatMap(Stream::of)
			.map(Display::key)).isSubsetOf(MessageBundles.keys());
	}

}
