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
import org.cooperation.tracker.kernel.common.Phrase;

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
			problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "problem.title.forbidden",
					"problem.detail.forbidden.csrf");
			return;
		}
		Caller caller = Callers.current();
		Phrase who = caller == null ? Phrase.of("problem.detail.forbidden.nobody")
				: Phrase.of("problem.detail.forbidden.caller", caller.role(), caller.name(),
						("AEIOU".indexOf(caller.role().name().charAt(0)) >= 0) ? "an" : "a");
		problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "problem.title.forbidden",
				"problem.detail.forbidden.role", who, request.getMethod(), request.getRequestURI());
	}

}
