package org.cooperation.tracker.query.programme.calendar.web;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.query.web.Display;
import org.cooperation.tracker.testing.MessageBundles;

import static org.assertj.core.api.Assertions.assertThat;

/** Every constant the calendar page words has its words in the bundles. */
class CalendarWordsTest {

	@Test
	void everyEventTypeAndSubmissionStateHasItsWords() {
		assertThat(Stream.of(CulturalEventType.values(), SubmissionState.values())
			.flatMap(Stream::of)
			.map(Display::key)
			.filter((key) -> !MessageBundles.keys().contains(key))
			.toList()).isEmpty();
		assertThat(MessageBundles.load()).containsKey("i18n/calendar");
	}

}
