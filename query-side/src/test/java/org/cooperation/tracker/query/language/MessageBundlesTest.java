package org.cooperation.tracker.query.language;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.initiative.IatiActivityStatus;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.query.history.model.HistoryEntryType;
import org.cooperation.tracker.query.web.Display;
import org.cooperation.tracker.testing.MessageBundles;

import static org.assertj.core.api.Assertions.assertThat;

/** Fails the build when a text is missing in one of the three languages. */
class MessageBundlesTest {

	@Test
	void everyBundleHasEveryKeyInKazakhRussianAndEnglish() {
		assertThat(MessageBundles.load()).containsKey("i18n/messages");
		assertThat(MessageBundles.problems()).isEmpty();
	}

	@Test
	void everyKeyThePagesAndTheirCodeAskForExists() {
		assertThat(MessageBundles.unknownKeysUsedIn(Path.of("src/main/resources/templates"), Path.of("src/main/java")))
			.isEmpty();
	}

	@Test
	void everyConstantThePagesWordHasItsWords() {
		List<String> missing = Stream
			.of(ParticipationStatus.values(), InitiativeKind.values(), HistoryEntryType.values(),
					IatiActivityStatus.values())
			.flatMap(Stream::of)
			.map(Display::key)
			.filter((key) -> !MessageBundles.keys().contains(key))
			.toList();
		assertThat(missing).isEmpty();
	}

}
