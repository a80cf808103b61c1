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
import org.cooperation.tracker.access.problem.ProblemTexts;
import org.cooperation.tracker.command.access.AccessRefused;
import org.cooperation.tracker.command.concurrency.IfMatch;
import org.cooperation.tracker.command.concurrency.IncompleteViewEtag;
import org.cooperation.tracker.command.refusal.RecordNotFound;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.command.refusal.UnknownReference;
import org.cooperation.tracker.command.waits.ServerBusy;
import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.Phrase;

/**
 * Every refusal as RFC 9457 problem+json with a status that says whose mistake it was and
 * a detail that says what to fix, in the caller's language (Accept-Language; Kazakh by
 * default): a refusal that carries a {@link Phrase} is worded by it, any other keeps its
 * English message and says so ({@link ProblemTexts#DETAIL_LANGUAGE}). Nothing internal
 * (stack traces, SQL) reaches the body.
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

		INVALID_VALUE(InvalidValueException.class, HttpStatus.BAD_REQUEST, "problem.title.invalidRequest"),
		ACCESS_REFUSED(AccessRefused.class, HttpStatus.FORBIDDEN, "problem.title.forbidden"),
		RULE_VIOLATION(RuleViolation.class, HttpStatus.CONFLICT, "command.title.ruleViolation"),
		UNKNOWN_REFERENCE(UnknownReference.class, HttpStatus.UNPROCESSABLE_ENTITY, "command.title.unknownReference"),
		RECORD_NOT_FOUND(RecordNotFound.class, HttpStatus.NOT_FOUND, "problem.title.notFound");

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
		ProblemDetail problem = problem(refusal.status, refusal.title, Phrase.wording(ex));
		if (ex instanceof InvalidValueException invalid && invalid.field() != null) {
			String path = (invalid.part() != null) ? invalid.field() + "." + invalid.part() : invalid.field();
			return FieldPointer.at(problem, FieldPointer.of(path));
		}
		return problem;
	}

	/**
	 * The firewall refuses what it reads late, such as the parameter names of a form
	 * body, while the request is already being handled.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ProblemDetail refused(RequestRejectedException ex) {
		return problem(HttpStatus.BAD_REQUEST, "problem.title.malformedRequest",
				Phrase.of("problem.detail.firewallLate"));
	}

	@ExceptionHandler(AggregateNotFoundException.class)
	ProblemDetail notFound(AggregateNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "problem.title.notFound",
				Phrase.of("command.detail.notFound", ex.getAggregateIdentifier()));
	}

	/**
	 * The id in the path names a record of another kind (a protocol's id used as an
	 * initiative's).
	 */
	@ExceptionHandler(IncompatibleAggregateException.class)
	ProblemDetail wrongKind(IncompatibleAggregateException ex) {
		return problem(HttpStatus.NOT_FOUND, "problem.title.notFound", Phrase.of("command.detail.wrongKind"));
	}

	@ExceptionHandler({ ConcurrencyException.class, AggregateStreamCreationException.class })
	ResponseEntity<Object> concurrentChange(RuntimeException ex, WebRequest request) {
		Optional<IfMatch> ifMatch = IfMatch.sentWith(request).filter(IfMatch::namesAVersion);
		if (ifMatch.isPresent()) {
			// Another writer appended first, through another instance: the version the
			// request named is no longer the latest.
			return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
				.body(problem(HttpStatus.PRECONDITION_FAILED, "command.title.preconditionFailed",
						Phrase.of("command.detail.concurrent.version", ifMatch.get().version())));
		}
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(problem(HttpStatus.CONFLICT, "command.title.concurrentChange",
					Phrase.of("command.detail.concurrent")));
	}

	/**
	 * The version an If-Match named is not the record's: behind it (the record changed
	 * since it was read) or ahead of it (no such version was ever given out).
	 */
	@ExceptionHandler(ConflictingAggregateVersionException.class)
	ProblemDetail versionMismatch(ConflictingAggregateVersionException ex) {
		Phrase detail = Phrase.of((ex.getExpectedVersion() < ex.getActualVersion()) ? "command.detail.version.behind"
				: "command.detail.version.ahead", ex.getExpectedVersion(), ex.getActualVersion());
		return problem(HttpStatus.PRECONDITION_FAILED, "command.title.preconditionFailed", detail);
	}

	@ExceptionHandler(IncompleteViewEtag.class)
	ProblemDetail incompleteView(IncompleteViewEtag ex) {
		return problem(HttpStatus.PRECONDITION_FAILED, "command.title.preconditionFailed", Phrase.wording(ex));
	}

	@ExceptionHandler(CommandExecutionException.class)
	ResponseEntity<Object> commandFailed(CommandExecutionException ex, WebRequest request) throws Exception {
		if (ex.getCause() instanceof Exception cause && cause != ex) {
			return handleUnwrapped(cause, request);
		}
		return unexpected(ex);
	}

	/**
	 * A line of an uploaded file refused while the file was applied: the line's own
	 * refusal, with the line named; a failure of the server stays what it is.
	 */
	@ExceptionHandler(LineRefused.class)
	ResponseEntity<Object> lineRefused(LineRefused ex, WebRequest request) throws Exception {
		ResponseEntity<Object> answer = (ex.getCause() instanceof CommandExecutionException wrapped)
				? commandFailed(wrapped, request) : handleUnwrapped((Exception) ex.getCause(), request);
		if (answer.getStatusCode().is4xxClientError() && answer.getBody() instanceof ProblemDetail problem) {
			problem.setDetail(texts().text("command.detail.line", ProblemTexts.current(), String.valueOf(ex.line()),
					problem.getDetail()));
			problem.setProperty("line", ex.line());
		}
		return answer;
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			LockAcquisitionFailedException.class })
	ResponseEntity<Object> databaseUnavailable(Exception ex) {
		if (ServerBusy.causedBy(ex)) {
			log.warn("Server busy, answered 503: {}", ex.getMessage());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(ServerBusy.RETRY_AFTER_SECONDS))
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.title.serverBusy", ServerBusy.PHRASE));
		}
		log.warn("Database unavailable: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.title.unavailable",
					Phrase.of("command.detail.unavailable")));
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
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.title.internalError",
					Phrase.of("problem.detail.error.internal")));
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
				.body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "problem.title.bodyTooLarge", tooLarge.phrase()));
		}
		StreamConstraintsException beyondLimits = findCause(ex, StreamConstraintsException.class);
		if (beyondLimits != null) {
			return ResponseEntity.badRequest()
				.body(problem(HttpStatus.BAD_REQUEST, "problem.title.bodyBeyondLimits",
						jsonLimits.describe(beyondLimits)));
		}
		return ResponseEntity.badRequest()
			.body(FieldPointer.at(
					problem(HttpStatus.BAD_REQUEST, "problem.title.unreadableBody", UnreadableBody.describe(ex)),
					UnreadableBody.pointer(ex)));
	}

	/** A path variable that is not what the address needs: a UUID, a year. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		Phrase detail = (ex.getRequiredType() != null) ? Phrase.of("command.detail.typeMismatch",
				excerpt(ex.getValue()), ex.getRequiredType().getSimpleName(), name)
				: Phrase.of("command.detail.typeMismatch.untyped", excerpt(ex.getValue()), name);
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "problem.title.invalidValue", detail));
	}

	private static String excerpt(Object value) {
		return Checks.excerpt(String.valueOf(value));
	}

	private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
		return UnreadableBody.findCause(ex, type);
	}

	/** The problem in the language Spring MVC resolved for the request. */
	private ProblemDetail problem(HttpStatus status, String titleKey, Phrase detail) {
		return texts().problem(status, titleKey, detail, ProblemTexts.current());
	}

}
