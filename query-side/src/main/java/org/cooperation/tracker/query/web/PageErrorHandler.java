package org.cooperation.tracker.query.web;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import org.cooperation.tracker.access.problem.DatabaseUnavailable;
import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.access.problem.ProblemTexts;
import org.cooperation.tracker.kernel.common.Phrase;
import org.cooperation.tracker.query.common.NotFoundException;

/**
 * An official who follows a stale link gets a page, not a JSON problem: the failures of
 * every {@link DashboardPage} controller render the error page with the right status.
 * Ahead of the API's handler, which answers everything else.
 */
@ControllerAdvice(annotations = DashboardPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class PageErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(PageErrorHandler.class);

	private final Display show;

	private final ProblemTexts texts;

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex) {
		return ErrorPage.of(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/**
	 * In the reader's language where the refusal is worded by a phrase (as the APIs'
	 * problems are); else as said.
	 */
	@ExceptionHandler(InvalidValueException.class)
	ModelAndView invalidValue(InvalidValueException ex) {
		return ErrorPage.of(HttpStatus.BAD_REQUEST, texts.text(Phrase.wording(ex), ProblemTexts.current()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView malformed(MethodArgumentTypeMismatchException ex) {
		return ErrorPage.of(HttpStatus.BAD_REQUEST,
				show.label("error.malformed", Checks.excerpt(String.valueOf(ex.getValue())), words(ex.getName())));
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletResponse response) {
		if (DatabaseUnavailable.busy(ex)) {
			log.warn("Server busy for a dashboard page: {}", ex.getMessage());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.BUSY_RETRY_AFTER_SECONDS));
			return ErrorPage.of(HttpStatus.SERVICE_UNAVAILABLE, show.label("error.busy"));
		}
		if (DatabaseUnavailable.causedBy(ex)) {
			log.warn("Database unavailable for a dashboard page: {}", ex.getMessage());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
			return ErrorPage.of(HttpStatus.SERVICE_UNAVAILABLE, show.label("error.unavailable"));
		}
		log.error("Failed to render a dashboard page", ex);
		return ErrorPage.of(HttpStatus.INTERNAL_SERVER_ERROR, show.label("error.unexpected"));
	}

	/** "initiativeId" as an official reads it: "initiative id". */
	private static String words(String camelCase) {
		return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

}
