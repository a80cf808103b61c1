package org.cooperation.tracker.access.problem;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import org.cooperation.tracker.access.guard.FailedSignIns;
import org.cooperation.tracker.access.signin.TokenRefused;
import org.cooperation.tracker.kernel.common.Phrase;

/**
 * 401 for a request without valid credentials, as problem+json, with the challenge the
 * configured sign-in expects. The detail never says whether a user name exists.
 */
@RequiredArgsConstructor
public class SignInRequired implements AuthenticationEntryPoint {

	private final ProblemWriter problems;

	private final String challenge;

	private final FailedSignIns failedSignIns;

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		if (DatabaseUnavailable.busy(failure)) {
			// The user accounts could not be read in time: the credentials are not
			// wrong, and the same request will succeed when the queue has moved on.
			response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.BUSY_RETRY_AFTER_SECONDS));
			problems.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "problem.title.serverBusy",
					"problem.detail.signIn.busy", DatabaseUnavailable.BUSY_RETRY_AFTER_SECONDS);
			return;
		}
		if (DatabaseUnavailable.causedBy(failure)) {
			// The user accounts could not be read: the credentials are not wrong, and
			// the same request will succeed once the database is back.
			response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
			problems.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "problem.title.unavailable",
					"problem.detail.signIn.unavailable");
			return;
		}
		if (request.getHeader("Authorization") != null) {
			failedSignIns.failed(request);
		}
		response.setHeader("WWW-Authenticate", challenge);
		problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "problem.title.signInRequired",
				detail(request, failure));
	}

	/**
	 * What is wrong, in the tracker's words only: a token's reason as the tracker's own
	 * checks give it ({@link TokenRefused}), never the text of the libraries that read
	 * it. A token's reason stays in English, the words of the token's claims.
	 */
	private static Phrase detail(HttpServletRequest request, AuthenticationException failure) {
		if (request.getHeader("Authorization") == null) {
			return Phrase.of("problem.detail.signIn.none");
		}
		if (failure instanceof OAuth2AuthenticationException) {
			String reason = TokenRefused.reasonIn(failure);
			return (reason != null) ? Phrase.of("problem.detail.signIn.token", Phrase.english(reason))
					: Phrase.of("problem.detail.signIn.malformedToken");
		}
		return Phrase.of("problem.detail.signIn.refused");
	}

}
