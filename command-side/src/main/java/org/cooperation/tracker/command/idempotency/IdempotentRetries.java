package org.cooperation.tracker.command.idempotency;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import org.cooperation.tracker.access.Callers;
import org.cooperation.tracker.access.problem.CorrelationIdFilter;
import org.cooperation.tracker.access.problem.DatabaseUnavailable;
import org.cooperation.tracker.access.problem.ProblemWriter;
import org.cooperation.tracker.access.limits.BodySizeLimitFilter;
import org.cooperation.tracker.command.waits.ServerBusy;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.common.InvalidValueException;

/**
 * Makes a write with an {@code Idempotency-Key} header safe to retry: the first request
 * under a key runs, and every retry of it (same caller, key, method, path, query and
 * body) gets the first answer back without running again; the same key with another
 * request is refused with 422.
 * <p>
 * The key is filed in the same database transaction as the events the command appends:
 * this filter opens the transaction, claims the key, runs the rest of the request inside
 * it, files the answer and commits. Axon's unit of work joins that transaction (Axon's
 * {@code SpringTransactionManager} takes part in a transaction already open, and the
 * event store's connection is the transaction's), so a crash at any point leaves either
 * the events and the key, or neither. Only successes are filed: any other answer rolls
 * back, which releases the key, and a retry then runs afresh (a refused command stored
 * nothing anyway).
 * <p>
 * Consequences of the longer transaction, accepted: the commit-order lock
 * ({@code CommitOrderedAppends}) is held until this filter commits rather than until
 * Axon's unit of work ends, which adds the filing of the answer (one UPDATE) to the time
 * appends are serialised; and Axon releases its aggregate lock before this commit, so a
 * concurrent command on the same aggregate can load it without the new events and then
 * fail on the event store's unique sequence: a 409 "concurrent change" that the client
 * retries. A failing command inside the transaction makes Axon roll back the connection
 * itself, which also drops the claim; {@link IdempotencyKeyStore#remember} notices that
 * should a success follow, so nothing is ever answered as stored that was not.
 */
class IdempotentRetries extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(IdempotentRetries.class);

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final IdempotencyKeyStore keys;

	private final KeysInFlight inFlight;

	private final KeyRetention retention;

	private final TransactionTemplate transactions;

	private final ProblemWriter problems;

	private final Duration patience;

	IdempotentRetries(IdempotencyKeyStore keys, KeysInFlight inFlight, KeyRetention retention,
			TransactionTemplate transactions, ProblemWriter problems, Duration patience) {
		this.keys = keys;
		this.inFlight = inFlight;
		this.retention = retention;
		this.transactions = transactions;
		this.problems = problems;
		this.patience = patience;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !WRITES.contains(request.getMethod()) || request.getHeader(IdempotencyKey.HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Caller caller = Callers.current();
		if (caller == null) {
			// Nobody to scope the key to; sign-in refuses every such write before this.
			chain.doFilter(request, response);
			return;
		}
		IdempotencyKey key;
		try {
			key = IdempotencyKey.sentBy(caller.name(), Collections.list(request.getHeaders(IdempotencyKey.HEADER)));
		}
		catch (InvalidValueException ex) {
			problems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "Invalid Idempotency-Key",
					ex.getMessage());
			return;
		}
		byte[] body;
		try {
			body = request.getInputStream().readAllBytes();
		}
		catch (BodySizeLimitFilter.BodyTooLarge ex) {
			problems.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Request body too large",
					ex.getMessage());
			return;
		}
		RequestFingerprint fingerprint = RequestFingerprint.of(request.getMethod(), request.getRequestURI(),
				request.getQueryString(), body);
		try {
			inFlight.oneAtATime(key, patience,
					() -> answerOnce(key, fingerprint, new BufferedBody(request, body), response, chain));
		}
		catch (KeyStillInUse ex) {
			problems.write(request, response, HttpServletResponse.SC_CONFLICT, "Request still running",
					"a request with this Idempotency-Key is still being processed; retry shortly with the same key "
							+ "to receive its answer");
		}
	}

	private void answerOnce(IdempotencyKey key, RequestFingerprint fingerprint, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		Outcome outcome;
		try {
			outcome = transactions.execute((tx) -> {
				Instant now = retention.now();
				Optional<IdempotencyKeyStore.Remembered> earlier = keys.claim(key, fingerprint, now,
						retention.expiredBefore(now), patience);
				if (earlier.isPresent()) {
					return earlier.get().fingerprint().equals(fingerprint) ? new Replay(earlier.get().answer())
							: new OtherRequest();
				}
				RestOfChain.run(chain, request, answer);
				if (!isSuccess(answer.getStatus())) {
					tx.setRollbackOnly();
					return new Ran();
				}
				FirstAnswer first = FirstAnswer.of(answer, answer.getContentAsByteArray());
				if (!first.fitsTheStore()) {
					throw new IllegalStateException("a " + first.body().length + "-byte answer to " + key
							+ " is too large to remember; write answers are expected to be small");
				}
				keys.remember(key, first);
				return new Ran();
			});
		}
		catch (RestOfChain.Failed ex) {
			ex.rethrow();
			return;
		}
		catch (KeyStillInUse ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			notAnswered(request, response, key, ex);
			return;
		}
		if (outcome instanceof Replay replay) {
			replay.answer().replayTo(response);
		}
		else if (outcome instanceof OtherRequest) {
			problems.write(request, response, HttpStatus.UNPROCESSABLE_ENTITY.value(), "Idempotency-Key reused",
					"this Idempotency-Key was used for a different request (another method, path, query or body); "
							+ "use a new key for a new request");
		}
		else {
			answer.copyBodyToResponse();
		}
	}

	/**
	 * The key could not be claimed or the answer filed, so nothing of the request was
	 * committed (or, should the connection fail during the commit itself, the outcome is
	 * unknown to us): either way a retry under the same key is safe, and is what to do.
	 */
	private void notAnswered(HttpServletRequest request, HttpServletResponse response, IdempotencyKey key,
			RuntimeException ex) throws IOException {
		if (response.isCommitted()) {
			log.error("Idempotent request {} failed after its answer was sent", key, ex);
			return;
		}
		response.reset();
		String correlationId = CorrelationIdFilter.of(request);
		if (correlationId != null) {
			response.setHeader(CorrelationIdFilter.HEADER, correlationId);
		}
		if (ServerBusy.causedBy(ex)) {
			// No connection in time to claim the key: nothing ran.
			log.warn("Idempotent request {} not answered, server busy: {}", key, ex.getMessage());
			response.setHeader("Retry-After", String.valueOf(ServerBusy.RETRY_AFTER_SECONDS));
			problems.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Server busy",
					ServerBusy.DETAIL);
			return;
		}
		if (isDatabaseUnavailable(ex)) {
			log.warn("Idempotent request {} not answered, database unavailable: {}", key, ex.getMessage());
			response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
			problems.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Temporarily unavailable",
					"the request could not be confirmed as recorded; retry shortly with the same Idempotency-Key, "
							+ "which takes effect at most once");
			return;
		}
		log.error("Idempotent request {} not answered", key, ex);
		problems.write(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Internal error",
				"the request could not be completed and nothing was recorded; quote the X-Correlation-Id header "
						+ "when reporting this");
	}

	private static boolean isDatabaseUnavailable(RuntimeException ex) {
		return ex instanceof TransactionSystemException || ex instanceof TransientDataAccessException
				|| DatabaseUnavailable.causedBy(ex);
	}

	private static boolean isSuccess(int status) {
		return status >= 200 && status < 300;
	}

	/** What became of a request under a key. */
	private sealed interface Outcome permits Ran, Replay, OtherRequest {

	}

	/** It ran now; its answer is in the response cache. */
	private record Ran() implements Outcome {
	}

	/** A retry: the first answer is given again. */
	private record Replay(FirstAnswer answer) implements Outcome {
	}

	/** The key was first used for a different request. */
	private record OtherRequest() implements Outcome {
	}

	/**
	 * The rest of the filter chain run inside a transaction callback, which cannot throw
	 * the servlet's checked exceptions: they travel wrapped and are thrown again outside.
	 */
	private static final class RestOfChain {

		static void run(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
			try {
				chain.doFilter(request, response);
			}
			catch (IOException | ServletException | RuntimeException ex) {
				throw new Failed(ex);
			}
		}

		static final class Failed extends RuntimeException {

			Failed(Exception cause) {
				super(cause);
			}

			void rethrow() throws IOException, ServletException {
				if (getCause() instanceof IOException io) {
					throw io;
				}
				if (getCause() instanceof ServletException servlet) {
					throw servlet;
				}
				throw (RuntimeException) getCause();
			}

		}

	}

	/**
	 * The request with its body read once, for the fingerprint, and given again to
	 * whoever reads it next.
	 */
	private static final class BufferedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		private ServletInputStream stream;

		private BufferedReader reader;

		BufferedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			if (stream == null) {
				stream = new BytesStream(new ByteArrayInputStream(body));
			}
			return stream;
		}

		@Override
		public BufferedReader getReader() throws UnsupportedEncodingException {
			if (reader == null) {
				String encoding = (getCharacterEncoding() != null) ? getCharacterEncoding() : "UTF-8";
				reader = new BufferedReader(new InputStreamReader(getInputStream(), encoding));
			}
			return reader;
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

	}

	private static final class BytesStream extends ServletInputStream {

		private final ByteArrayInputStream bytes;

		BytesStream(ByteArrayInputStream bytes) {
			this.bytes = bytes;
		}

		@Override
		public int read() {
			return bytes.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			return bytes.read(buffer, offset, length);
		}

		@Override
		public boolean isFinished() {
			return bytes.available() == 0;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new UnsupportedOperationException("the body was read before; it is served from memory");
		}

	}

}
