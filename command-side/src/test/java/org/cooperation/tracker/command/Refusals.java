package org.cooperation.tracker.command;

import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Matcher;

/**
 * What every refused command of an aggregate test shows, in this order: the exception,
 * its message, and no event recorded.
 */
public final class Refusals {

	private Refusals() {
	}

	public static void refused(ResultValidator<?> result, Class<? extends Throwable> refusal, String message) {
		result.expectException(refusal).expectExceptionMessage(message).expectNoEvents();
	}

	public static void refused(ResultValidator<?> result, Class<? extends Throwable> refusal, Matcher<?> message) {
		result.expectException(refusal).expectExceptionMessage(message).expectNoEvents();
	}

}
