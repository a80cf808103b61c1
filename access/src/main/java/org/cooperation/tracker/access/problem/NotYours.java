package org.cooperation.tracker.access.problem;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import org.cooperation.tracker.access.Callers;
import org.cooperation.tracker.kernel.access.Caller;

/**
 * 403 for a signed-in caller whose role may not do what the request asks, as problem+json
 * naming the role, so a liaison sees why instead of guessing.
 */
@RequiredArgsConstructor
public class NotYours implements AccessDeniedHandler {

	private final ProblemWriter problems;

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
			throws IOException {
		if (refusal instanceof CsrfException) {
			problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
					"the form was stale or not sent from this site; reload the page and try again");
			return;
		}
		Caller caller = Callers.current();
		String who = caller == null ? "this caller"
				: ("AEIOU".indexOf(caller.role().name().charAt(0)) >= 0 ? "an " : "a ") + caller.role() + " ('"
						+ caller.name() + "')";
		problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
				who + " may not " + request.getMethod() + " " + request.getRequestURI());
	}

}
