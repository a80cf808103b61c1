package org.cooperation.tracker.access.guard;

import java.io.IOException;
import java.time.Duration;

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

	static void answer(ProblemWriter problems, HttpServletRequest request, HttpServletResponse response, Duration wait,
			String title, String reason) throws IOException {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		response.setHeader("Retry-After", Long.toString(seconds));
		problems.write(request, response, 429, title, reason + "; retry after " + seconds + " s");
	}

}
