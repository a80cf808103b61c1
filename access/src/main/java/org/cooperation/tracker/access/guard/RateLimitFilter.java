package org.cooperation.tracker.access.guard;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.web.filter.OncePerRequestFilter;

import org.cooperation.tracker.access.Callers;
import org.cooperation.tracker.access.problem.ProblemWriter;
import org.cooperation.tracker.kernel.access.Caller;

/**
 * A per-user rate limit, after sign-in so a user is counted by name and no one can spend
 * another's allowance; a request signed in by nobody is counted by its client address.
 * Beyond the limit: 429 problem+json with {@code Retry-After} in whole seconds. One limit
 * for all instances of both applications ({@link SharedBuckets}).
 */
@RequiredArgsConstructor
public class RateLimitFilter extends OncePerRequestFilter {

	private final SharedBuckets buckets;

	private final ProblemWriter problems;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Caller caller = Callers.current();
		String key = caller != null ? "user:" + caller.name() : "address:" + request.getRemoteAddr();
		Duration wait = buckets.take(key);
		if (!wait.isZero()) {
			if (caller != null) {
				TooManyRequests.answer(problems, request, response, wait, "problem.title.tooManyRequests",
						"problem.detail.rateLimit.user", caller.name());
			}
			else {
				TooManyRequests.answer(problems, request, response, wait, "problem.title.tooManyRequests",
						"problem.detail.rateLimit.address");
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
