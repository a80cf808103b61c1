package org.cooperation.tracker.query.web;

import java.net.URI;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import org.cooperation.tracker.access.mediatype.MediaTypeProblems;
import org.cooperation.tracker.access.problem.DatabaseUnavailable;
import org.cooperation.tracker.access.problem.ProblemTexts;
import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.Phrase;
import org.cooperation.tracker.query.common.NotFoundException;

/**
 * Turns every failure into an RFC 9457 problem: a 4xx that says what was wrong for each
 * client mistake, and a 500 without internals for anything else. Global rather than
 * limited to the API controllers, because an unknown path never reaches a controller.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblemHandler extends MediaTypeProblems {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "problem.title.notFound", Phrase.wording(ex), request);
	}

	@ExceptionHandler(InvalidValueException.class)
	ProblemDetail invalidValue(InvalidValueException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "problem.title.invalidValue", Phrase.wording(ex), request);
	}

	/**
	 * The firewall refuses what it reads late, such as the parameter names of a form
	 * body, while the request is already being handled.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ProblemDetail refused(RequestRejectedException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "problem.title.malformedRequest",
				Phrase.of("problem.detail.firewallLate"), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		if (DatabaseUnavailable.busy(ex)) {
			log.warn("Server busy for {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.BUSY_RETRY_AFTER_SECONDS))
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.title.serverBusy",
						Phrase.of("query.detail.busy", DatabaseUnavailable.BUSY_RETRY_AFTER_SECONDS), request));
		}
		if (DatabaseUnavailable.causedBy(ex)) {
			// Nothing served as if it were current: the read models cannot be read now.
			log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
					ex.getMessage());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.title.unavailable",
						Phrase.of("query.detail.unavailable"), request));
		}
		log.error("Failed to answer {} {}", request.getMethod(), request.getRequestURI(), ex);
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.title.internalError",
					Phrase.of("query.detail.internal"), request));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		String given = Checks.excerpt(String.valueOf(ex.getValue()));
		Phrase detail = (UUID.class.equals(ex.getRequiredType()))
				? Phrase.of("query.detail.notAUuid", given, name, "3f1c2a9e-8b4d-4c6e-9a51-2d7f0b8e6c13")
				: Phrase.of("query.detail.notValid", given, name);
		ProblemDetail body = texts().problem(HttpStatus.BAD_REQUEST, "problem.title.invalidValue", detail,
				ProblemTexts.current());
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail body = texts().problem(status, Phrase.of("problem.status.404"),
				Phrase.of("query.detail.nothingServed", ex.getHttpMethod(), "/" + ex.getResourcePath()),
				ProblemTexts.current());
		return handleExceptionInternal(ex, body, headers, status, request);
	}

	/** Every problem names the request it answers. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getInstance() == null
				&& request instanceof ServletWebRequest servletRequest) {
			problem.setInstance(instance(servletRequest.getRequest().getRequestURI()));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	/** The problem in the language Spring MVC resolved for the request. */
	private ProblemDetail problem(HttpStatus status, String titleKey, Phrase detail, HttpServletRequest request) {
		ProblemDetail problem = texts().problem(status, titleKey, detail, ProblemTexts.current());
		problem.setInstance(instance(request.getRequestURI()));
		return problem;
	}

	/** The path as the problem's instance, or none when it is no valid URI reference. */
	private static URI instance(String requestUri) {
		try {
			return URI.create(requestUri);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
