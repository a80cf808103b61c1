package org.cooperation.tracker.query.language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

	/** A figure's measure, named where its code makes it. */
	private static final Pattern MEASURE = Pattern
		.compile("(?:Measure\\.of|new Measure|ProgrammeFigure\\s*\\.\\s*(?:of|counted))\\(\\s*\"([a-z]+\\.[a-z]+)\"");

	@Test
	void everyFigureOfTheMatrixHasItsWords() throws IOException {
		Set<String> measures = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((file) -> file.toString().endsWith(".java")).toList()) {
				Matcher measure = MEASURE.matcher(Files.readString(source));
				while (measure.find()) {
					measures.add(measure.group(1));
				}
			}
		}
		assertThat(measures).as("the measures the code names").hasSizeGreaterThanOrEqualTo(11);
		assertThat(measures.stream().map((measure) -> "figure." + measure))
			.allSatisfy((key) -> assertThat(MessageBundles.keys()).contains(key));
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
