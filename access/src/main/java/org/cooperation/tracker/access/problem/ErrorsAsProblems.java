package org.cooperation.tracker.access.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page (errors raised before or outside a controller) as
 * problem+json instead of Spring Boot's own JSON, with no exception text.
 */
@RestController
public class ErrorsAsProblems implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
				? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
				&& DatabaseUnavailable.causedBy(failure)) {
			boolean busy = DatabaseUnavailable.busy(failure);
			int retryAfter = DatabaseUnavailable.retryAfterSeconds(failure);
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					busy ? "the server is busy; nothing was changed, retry in " + retryAfter + " seconds"
							: "the database cannot be reached; nothing was changed, retry shortly");
			problem.setTitle(busy ? "Server busy" : "Temporarily unavailable");
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header("Retry-After", String.valueOf(retryAfter))
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setDetail(status.is4xxClientError() ? "the request was not accepted: " + status.getReasonPhrase()
				: "the request could not be completed; quote the X-Correlation-Id header when reporting this");
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
