package org.cooperation.tracker.access.guard;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cooperation.tracker.access.problem.ProblemWriter;

/**
 * The one way a limit says "not now": 429 problem+json with {@code Retry-After} in whole
 * seconds (at least one), and the same wait in the detail.
 */
final class TooManyRequests {

	private TooManyRequests() {
	}

	/**
	 * @param titleKey the title's key in the problems bundles
	 * @param reasonKey the key of the detail, whose last argument is the wait in seconds
	 * @param arguments the detail's other arguments
	 */
	static void answer(ProblemWriter problems, HttpServletRequest request, HttpServletResponse response, Duration wait,
			String titleKey, String reasonKey, Object... arguments) throws IOException {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		response.setHeader("Retry-After", Long.toString(seconds));
		Object[] withWait = Arrays.copyOf(arguments, arguments.length + 1);
		withWait[arguments.length] = seconds;
		problems.write(request, response, 429, titleKey, reasonKey, withWait);
	}

}
