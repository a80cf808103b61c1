package org.cooperation.tracker.query.programme.culturaltour.web;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegKind;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegState;
import org.cooperation.tracker.query.web.Display;
import org.cooperation.tracker.testing.MessageBundles;

import static org.assertj.core.api.Assertions.assertThat;

/** Every constant the Cultural Tour pages word has its words in the bundles. */
class CulturalTourWordsTest {

	@Test
	void everyDigitisationStateLegKindAndLegStateHasItsWords() {
		assertThat(Stream.of(DigitisationState.values(), TourLegKind.values(), TourLegState.values())
			.flatMap(Stream::of)
			.map(Display::key)
			.filter((key) -> !MessageBundles.keys().contains(key))
			.toList()).isEmpty();
		// Each leg state also words a count of legs ("2 held").
		assertThat(Stream.of(TourLegState.values())
			.map((state) -> "culturaltour.legs." + state.name())
			.filter((key) -> !MessageBundles.keys().contains(key))
			.toList()).isEmpty();
		assertThat(MessageBundles.load()).containsKey("i18n/cultural-tour");
	}

}
