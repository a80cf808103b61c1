package org.cooperation.tracker.access.guard;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.web.filter.OncePerRequestFilter;

import org.cooperation.tracker.access.problem.ProblemWriter;

/**
 * Slows password and token guessing: refused sign-ins are counted per client address
 * ({@link #failed(HttpServletRequest)}), and an address that used up its allowance is
 * answered 429 with Retry-After before its credentials are even checked, so guessing
 * costs no BCrypt hashes either. The per-user rate limit cannot do this: it counts only
 * after a sign-in succeeded. The count is shared by every instance
 * ({@link SharedBuckets}), so guessing spread over instances, or across a restart, gains
 * nothing beyond this: each refusal is counted in the database at once, but an instance
 * looks at the count from its copy, at most a second old, so the guesses it receives in
 * the second after another instance spent the address's allowance are still checked (and
 * counted); the first of them to fail brings its copy up to date.
 */
@RequiredArgsConstructor
public class FailedSignIns extends OncePerRequestFilter {

	private final SharedBuckets failures;

	private final ProblemWriter problems;

	/** Records a refused sign-in from the request's address. */
	public void failed(HttpServletRequest request) {
		failures.take(request.getRemoteAddr());
	}

	/** Credentials in a header, or the dashboard's sign-in form being sent. */
	private static boolean signsIn(HttpServletRequest request) {
		return request.getHeader("Authorization") != null
				|| ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/login"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Duration wait = signsIn(request) ? failures.waitFor(request.getRemoteAddr()) : Duration.ZERO;
		if (!wait.isZero()) {
			TooManyRequests.answer(problems, request, response, wait, "problem.title.tooManyFailedSignIns",
					"problem.detail.failedSignIns");
			return;
		}
		chain.doFilter(request, response);
	}

}
