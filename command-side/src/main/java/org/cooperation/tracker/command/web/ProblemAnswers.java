package org.cooperation.tracker.command.web;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import lombok.RequiredArgsConstructor;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import org.cooperation.tracker.access.limits.BodySizeLimitFilter.BodyTooLarge;
import org.cooperation.tracker.access.limits.JsonBodyLimits;
import org.cooperation.tracker.access.mediatype.MediaTypeProblems;
import org.cooperation.tracker.access.problem.DatabaseUnavailable;
import org.cooperation.tracker.command.access.AccessRefused;
import org.cooperation.tracker.command.concurrency.IfMatch;
import org.cooperation.tracker.command.concurrency.IncompleteViewEtag;
import org.cooperation.tracker.command.refusal.RecordNotFound;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.command.refusal.UnknownReference;
import org.cooperation.tracker.command.waits.ServerBusy;
import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;

/**
 * Every refusal as RFC 9457 problem+json with a status that says whose mistake it was and
 * a detail that says what to fix. Nothing internal (stack traces, SQL) reaches the body.
 */
@RestControllerAdvice
@RequiredArgsConstructor
class ProblemAnswers extends MediaTypeProblems {

	private static final Logger log = LoggerFactory.getLogger(ProblemAnswers.class);

	private final JsonBodyLimits jsonLimits;

	/**
	 * The refusals this application raises itself, each answered with its own status and
	 * title and its message as the detail.
	 */
	@RequiredArgsConstructor
	private enum Refusal {

		INVALID_VALUE(InvalidValueException.class, HttpStatus.BAD_REQUEST, "Invalid request"),
		ACCESS_REFUSED(AccessRefused.class, HttpStatus.FORBIDDEN, "Forbidden"),
		RULE_VIOLATION(RuleViolation.class, HttpStatus.CONFLICT, "Refused by a rule of the protocol"),
		UNKNOWN_REFERENCE(UnknownReference.class, HttpStatus.UNPROCESSABLE_ENTITY, "Unknown reference"),
		RECORD_NOT_FOUND(RecordNotFound.class, HttpStatus.NOT_FOUND, "Not found");

		private final Class<? extends RuntimeException> type;

		private final HttpStatus status;

		private final String title;

		static Optional<Refusal> of(Throwable ex) {
			return Arrays.stream(values()).filter((refusal) -> refusal.type.isInstance(ex)).findFirst();
		}

	}

	@ExceptionHandler({ InvalidValueException.class, AccessRefused.class, RuleViolation.class, UnknownReference.class,
			RecordNotFound.class })
	ProblemDetail refusal(RuntimeException ex) {
		Refusal refusal = Refusal.of(ex).orElseThrow();
		return problem(refusal.status, refusal.title, ex.getMessage());
	}

	/**
	 * The firewall refuses what it reads late, such as the parameter names of a form
	 * body, while the request is already being handled.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ProblemDetail refused(RequestRejectedException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Malformed request",
				"the request holds characters or names that are not accepted");
	}

	@ExceptionHandler(AggregateNotFoundException.class)
	ProblemDetail notFound(AggregateNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found",
				"nothing is recorded under id " + ex.getAggregateIdentifier());
	}

	/**
	 * The id in the path names a record of another kind (a protocol's id used as an
	 * initiative's).
	 */
	@ExceptionHandler(IncompatibleAggregateException.class)
	ProblemDetail wrongKind(IncompatibleAggregateException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found",
				"nothing of the kind the path names is recorded under that id");
	}

	@ExceptionHandler({ ConcurrencyException.class, AggregateStreamCreationException.class })
	ResponseEntity<Object> concurrentChange(RuntimeException ex, WebRequest request) {
		Optional<IfMatch> ifMatch = IfMatch.sentWith(request).filter(IfMatch::namesAVersion);
		if (ifMatch.isPresent()) {
			// Another writer appended first, through another instance: the version the
			// request named is no longer the latest.
			return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
				.body(problem(HttpStatus.PRECONDITION_FAILED, "Precondition failed",
						"another request changed the record at the same moment, so version " + ifMatch.get().version()
								+ " is no longer its latest; read it again and send its new ETag as If-Match"));
		}
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(problem(HttpStatus.CONFLICT, "Concurrent change",
					"the record was changed or created by another request at the same time; read it again and retry"));
	}

	/**
	 * The version an If-Match named is not the record's: behind it (the record changed
	 * since it was read) or ahead of it (no such version was ever given out).
	 */
	@ExceptionHandler(ConflictingAggregateVersionException.class)
	ProblemDetail versionMismatch(ConflictingAggregateVersionException ex) {
		String detail = (ex.getExpectedVersion() < ex.getActualVersion())
				? "the record has changed since version " + ex.getExpectedVersion() + ": it is at version "
						+ ex.getActualVersion() + " now; read it again and send its new ETag as If-Match"
				: "version " + ex.getExpectedVersion() + " of the record does not exist: it is at version "
						+ ex.getActualVersion() + "; send the ETag the query side gives for it as If-Match";
		return problem(HttpStatus.PRECONDITION_FAILED, "Precondition failed", detail);
	}

	@ExceptionHandler(IncompleteViewEtag.class)
	ProblemDetail incompleteView(IncompleteViewEtag ex) {
		return problem(HttpStatus.PRECONDITION_FAILED, "Precondition failed", ex.getMessage());
	}

	@ExceptionHandler(CommandExecutionException.class)
	ResponseEntity<Object> commandFailed(CommandExecutionException ex, WebRequest request) throws Exception {
		if (ex.getCause() instanceof Exception cause && cause != ex) {
			return handleUnwrapped(cause, request);
		}
		return unexpected(ex);
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			LockAcquisitionFailedException.class })
	ResponseEntity<Object> databaseUnavailable(Exception ex) {
		if (ServerBusy.causedBy(ex)) {
			log.warn("Server busy, answered 503: {}", ex.getMessage());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(ServerBusy.RETRY_AFTER_SECONDS))
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Server busy", ServerBusy.DETAIL));
		}
		log.warn("Database unavailable: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable",
					"the event store cannot be reached; nothing was recorded, retry shortly"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		if (DatabaseUnavailable.causedBy(ex) || ServerBusy.causedBy(ex)) {
			// Axon wraps the lost connection, the pool's timeout and the append lock's
			// in exceptions of its own.
			return databaseUnavailable(ex);
		}
		log.error("Unexpected failure", ex);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
					"the request could not be completed; quote the X-Correlation-Id header when reporting this"));
	}

	private ResponseEntity<Object> handleUnwrapped(Exception cause, WebRequest request) throws Exception {
		if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
			return concurrentChange((RuntimeException) cause, request);
		}
		ProblemDetail problem = answered(cause);
		return (problem != null) ? ResponseEntity.status(problem.getStatus()).body(problem) : unexpected(cause);
	}

	/**
	 * The problem one of the handlers above answers for an unwrapped cause; null if none
	 * does.
	 */
	private ProblemDetail answered(Exception cause) {
		if (Refusal.of(cause).isPresent()) {
			return refusal((RuntimeException) cause);
		}
		if (cause instanceof AggregateNotFoundException e) {
			return notFound(e);
		}
		if (cause instanceof IncompatibleAggregateException e) {
			return wrongKind(e);
		}
		return (cause instanceof ConflictingAggregateVersionException e) ? versionMismatch(e) : null;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		BodyTooLarge tooLarge = findCause(ex, BodyTooLarge.class);
		if (tooLarge != null) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
				.body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large", tooLarge.getMessage()));
		}
		StreamConstraintsException beyondLimits = findCause(ex, StreamConstraintsException.class);
		if (beyondLimits != null) {
			return ResponseEntity.badRequest()
				.body(problem(HttpStatus.BAD_REQUEST, "Request body beyond limits", jsonLimits.describe(beyondLimits)));
		}
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "Unreadable request body", UnreadableBody.describe(ex)));
	}

	/** A path variable that is not what the address needs: a UUID, a year. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		String expected = (ex.getRequiredType() != null) ? " " + ex.getRequiredType().getSimpleName() : "";
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "Invalid value",
					excerpt(ex.getValue()) + " is not a valid" + expected + " for " + name));
	}

	private static String excerpt(Object value) {
		return Checks.excerpt(String.valueOf(value));
	}

	private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
		return UnreadableBody.findCause(ex, type);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
