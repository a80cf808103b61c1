package org.cooperation.tracker.access.problem;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.kernel.common.Phrase;

/**
 * The container's error page (errors raised before or outside a controller) as
 * problem+json instead of Spring Boot's own JSON, with no exception text.
 */
@RestController
@RequiredArgsConstructor
public class ErrorsAsProblems implements ErrorController {

	private final ProblemTexts texts;

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Locale language = ProblemTexts.current();
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
				? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
				&& DatabaseUnavailable.causedBy(failure)) {
			boolean busy = DatabaseUnavailable.busy(failure);
			int retryAfter = DatabaseUnavailable.retryAfterSeconds(failure);
			ProblemDetail problem = texts.problem(HttpStatus.SERVICE_UNAVAILABLE,
					busy ? "problem.title.serverBusy" : "problem.title.unavailable",
					busy ? Phrase.of("problem.detail.error.busy", retryAfter)
							: Phrase.of("problem.detail.error.unavailable"),
					language);
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header("Retry-After", String.valueOf(retryAfter))
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		Phrase title = statusTitle(status.value());
		ProblemDetail problem = texts.problem(status, title, status.is4xxClientError()
				? Phrase.of("problem.detail.error.client", title) : Phrase.of("problem.detail.error.internal"),
				language);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * The words for a status, as its reason phrase says it: the bundles word the statuses
	 * the tracker answers with ({@code problem.status.404}), and any other is "Error".
	 */
	static Phrase statusTitle(int status) {
		return ProblemReportValve.WORDED_STATUSES.contains(status) ? Phrase.of("problem.status." + status)
				: Phrase.of("problem.status.other");
	}

}
