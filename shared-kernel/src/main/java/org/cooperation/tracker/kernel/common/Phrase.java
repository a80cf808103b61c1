package org.cooperation.tracker.kernel.common;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A refusal's words as the applications' message bundles hold them: a key and the values
 * it names (a field, a country, a state). A refusal carries one beside its English
 * message, so that an answer can be worded in the caller's language while this module
 * stays free of Spring. An argument may be another phrase (worded in the same language),
 * a {@link org.cooperation.tracker.kernel.country.Country} (named in that language), a
 * {@link LocalizedText} (its text in that language), or anything else (as its
 * {@code toString}).
 *
 * @param key the key in the message bundles ({@code value.required})
 * @param arguments the values the text names, {0}, {1}, ... in that order
 */
public record Phrase(String key, List<Object> arguments) implements Serializable {

	public Phrase {
		Objects.requireNonNull(key, "a phrase has a key");
		// Values may be null (a refused date that was not given), which List.copyOf
		// refuses.
		arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
	}

	/** The key of a text that has only its English words: the text is the argument. */
	public static final String ENGLISH = "text.english";

	public static Phrase of(String key, Object... arguments) {
		return new Phrase(key, Arrays.asList(arguments));
	}

	/**
	 * A text that has only its English words, such as a refusal that carries no phrase:
	 * an answer in another language says that it stayed English.
	 */
	public static Phrase english(String text) {
		return of(ENGLISH, text);
	}

	/** The refusal's phrase, or its English message as a phrase when it has none. */
	public static Phrase wording(Throwable refusal) {
		Phrase phrase = of(refusal);
		return (phrase != null) ? phrase : english(refusal.getMessage());
	}

	/** Whether any part of the text has only its English words. */
	public boolean hasEnglishOnly() {
		return ENGLISH.equals(key) || arguments.stream()
			.anyMatch((argument) -> argument instanceof Phrase phrase && phrase.hasEnglishOnly());
	}

	/** The exception's phrase, when it is a refusal that carries one. */
	public static Phrase of(Throwable refusal) {
		return (refusal instanceof Phrased phrased) ? phrased.phrase() : null;
	}

	/** A refusal that may carry its words as a {@link Phrase}. */
	public interface Phrased {

		/** The refusal's words, or null when it has only its English message. */
		Phrase phrase();

	}

}
