package org.cooperation.tracker.query.overview;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.query.history.model.HistoryEntryType;
import org.cooperation.tracker.query.web.Display;
import org.cooperation.tracker.testing.MessageBundles;

import static org.assertj.core.api.Assertions.assertThat;

/** Every constant the overview words has its words in the three languages. */
class OverviewWordsTest {

	@Test
	void everyOverallStatusAndChangeHasItsWords() {
		List<String> missing = Stream.of(ParticipationStatus.values(), HistoryEntryType.values())
			.flatMap(Stream::of)
			.map(Display::key)
			.filter((key) -> !MessageBundles.keys().contains(key))
			.toList();
		assertThat(missing).isEmpty();
	}

}
