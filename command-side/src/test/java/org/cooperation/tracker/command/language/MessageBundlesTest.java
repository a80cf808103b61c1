package org.cooperation.tracker.command.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.testing.MessageBundles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when a text of the command side's answers is missing in one of the
 * three languages, or when its code (or the access module's, or the shared kernel's,
 * whose refusals it answers) names a key of the problems bundles that no bundle has.
 */
class MessageBundlesTest {

	/** A literal key of the problems bundles in code: "command.title.keyReused". */
	private static final Pattern PROBLEM_KEY = Pattern
		.compile("\"((?:problem|command|refusal|value)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

	@Test
	void everyBundleHasEveryKeyInKazakhRussianAndEnglish() {
		assertThat(MessageBundles.load()).containsKeys("i18n/problems", "i18n/command-problems");
		assertThat(MessageBundles.problems()).isEmpty();
	}

	@Test
	void everyKeyTheAnswersAskForExists() {
		Set<String> known = MessageBundles.keys();
		List<String> unknown = new ArrayList<>();
		for (Path folder : List.of(Path.of("src/main/java"), Path.of("../access/src/main/java"),
				Path.of("../shared-kernel/src/main/java"))) {
			try (Stream<Path> files = Files.walk(folder)) {
				files.filter((file) -> file.toString().endsWith(".java")).forEach((file) -> {
					Matcher key = PROBLEM_KEY.matcher(read(file));
					while (key.find()) {
						if (!known.contains(key.group(1)) && !isPrefix(key.group(1), known)) {
							unknown.add(folder.relativize(file) + " asks for " + key.group(1));
						}
					}
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		assertThat(unknown).isEmpty();
	}

	/** "problem.status." + code and the like: a prefix the code completes. */
	private static boolean isPrefix(String key, Set<String> known) {
		return known.stream().anyMatch((k) -> k.startsWith(key + "."));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
