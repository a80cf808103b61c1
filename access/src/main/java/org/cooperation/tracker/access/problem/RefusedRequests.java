package org.cooperation.tracker.access.problem;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * 400 problem+json for a request the firewall refuses (encoded slashes, "..", control
 * characters in the path) instead of the container's 500.
 */
@RequiredArgsConstructor
public class RefusedRequests implements RequestRejectedHandler {

	private final ProblemWriter problems;

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException refusal)
			throws IOException {
		problems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "problem.title.malformedRequest",
				"problem.detail.firewall");
	}

}
