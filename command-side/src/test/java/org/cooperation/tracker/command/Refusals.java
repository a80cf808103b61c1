package org.cooperation.tracker.command;

import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomMatcher;
import org.hamcrest.Matcher;

import org.cooperation.tracker.access.language.Languages;
import org.cooperation.tracker.access.problem.ProblemTexts;
import org.cooperation.tracker.kernel.common.Phrase;

/**
 * What every refused command of an aggregate test shows, in this order: the exception,
 * its message, and no event recorded. A refusal that carries its words as a phrase is
 * checked too: its English words are its message, and it has words in Kazakh and Russian.
 */
public final class Refusals {

	private Refusals() {
	}

	public static void refused(ResultValidator<?> result, Class<? extends Throwable> refusal, String message) {
		result.expectException(refusal).expectExceptionMessage(message).expectException(WORDED).expectNoEvents();
	}

	public static void refused(ResultValidator<?> result, Class<? extends Throwable> refusal, Matcher<?> message) {
		result.expectException(refusal).expectExceptionMessage(message).expectException(WORDED).expectNoEvents();
	}

	private static final ProblemTexts TEXTS = ProblemTexts.standalone();

	/**
	 * A refusal without a phrase, or one whose phrase words it in all three languages.
	 */
	private static final Matcher<Throwable> WORDED = new CustomMatcher<>(
			"a refusal whose phrase, if any, says its message in English and has Kazakh and Russian words") {

		@Override
		public boolean matches(Object item) {
			Phrase phrase = (item instanceof Throwable refusal) ? Phrase.of(refusal) : null;
			if (phrase == null) {
				return true;
			}
			return TEXTS.text(phrase, Languages.ENGLISH).equals(((Throwable) item).getMessage())
					&& !TEXTS.text(phrase, Languages.KAZAKH).isBlank()
					&& !TEXTS.text(phrase, Languages.RUSSIAN).isBlank();
		}

	};

}
