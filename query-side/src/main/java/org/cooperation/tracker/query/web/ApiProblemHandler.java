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
import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
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
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), request);
	}

	@ExceptionHandler(InvalidValueException.class)
	ProblemDetail invalidValue(InvalidValueException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid value", ex.getMessage(), request);
	}

	/**
	 * The firewall refuses what it reads late, such as the parameter names of a form
	 * body, while the request is already being handled.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ProblemDetail refused(RequestRejectedException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "Malformed request",
				"the request holds characters or names that are not accepted", request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		if (DatabaseUnavailable.busy(ex)) {
			log.warn("Server busy for {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.BUSY_RETRY_AFTER_SECONDS))
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Server busy",
						"the server is busy: every connection to the read models is in use; retry in "
								+ DatabaseUnavailable.BUSY_RETRY_AFTER_SECONDS + " seconds",
						request));
		}
		if (DatabaseUnavailable.causedBy(ex)) {
			// Nothing served as if it were current: the read models cannot be read now.
			log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
					ex.getMessage());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable",
						"the read models cannot be reached; retry shortly", request));
		}
		log.error("Failed to answer {} {}", request.getMethod(), request.getRequestURI(), ex);
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
					"The query side could not answer this request; the error has been logged.", request));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		String given = Checks.excerpt(String.valueOf(ex.getValue()));
		String detail = (UUID.class.equals(ex.getRequiredType())) ? given + " is not a valid " + name
				+ ": expected a UUID such as " + "3f1c2a9e-8b4d-4c6e-9a51-2d7f0b8e6c13"
				: given + " is not a valid " + name;
		ProblemDetail body = createProblemDetail(ex, HttpStatus.BAD_REQUEST, detail, null, null, request);
		body.setTitle("Invalid value");
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail body = createProblemDetail(ex, status,
				"Nothing is served at " + ex.getHttpMethod() + " /" + ex.getResourcePath(), null, null, request);
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

	private static ProblemDetail problem(HttpStatus status, String title, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
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
