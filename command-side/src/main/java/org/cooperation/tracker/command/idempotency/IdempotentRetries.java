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
import org.springframework.transaction.PlatformTransactionManager;
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
 * A retry of an answered request is found by one read of the table and replayed; no
 * transaction is opened for it. Otherwise the request runs, and the key is claimed inside
 * the unit of work of its first command ({@link KeyClaim}), in the transaction that
 * command begins ({@link KeyOnCommands}) and appends its events in. Once the controller
 * has answered, a success is filed under the key in that same transaction, which then
 * commits: a crash at any point leaves either the events, the key and its answer, or none
 * of them. Any other answer rolls back, which releases the key, and a retry then runs
 * afresh (a refused command stored nothing anyway). A write that sends no command (an
 * admin's change to a user account) files its key and answer in a short transaction of
 * their own right after it.
 * <p>
 * The transaction ends after the controller, not with the unit of work, because the
 * answer filed is the HTTP answer, which the controller builds from the command's result
 * and from ids of its own; {@link KeyClaim} keeps the command's record locked until then.
 */
class IdempotentRetries extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(IdempotentRetries.class);

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final IdempotencyKeyStore keys;

	private final KeysInFlight inFlight;

	private final KeyRetention retention;

	private final TransactionTemplate transactions;

	private final PlatformTransactionManager transactionManager;

	private final ProblemWriter problems;

	private final Duration patience;

	IdempotentRetries(IdempotencyKeyStore keys, KeysInFlight inFlight, KeyRetention retention,
			TransactionTemplate transactions, ProblemWriter problems, Duration patience) {
		this.keys = keys;
		this.inFlight = inFlight;
		this.retention = retention;
		this.transactions = transactions;
		this.transactionManager = transactions.getTransactionManager();
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
			problems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "command.title.invalidIdempotencyKey",
					ex);
			return;
		}
		byte[] body;
		try {
			body = request.getInputStream().readAllBytes();
		}
		catch (BodySizeLimitFilter.BodyTooLarge ex) {
			problems.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
					"problem.title.bodyTooLarge", ex.phrase());
			return;
		}
		RequestFingerprint fingerprint = RequestFingerprint.of(request.getMethod(), request.getRequestURI(),
				request.getQueryString(), body);
		try {
			inFlight.oneAtATime(key, patience,
					() -> answerOnce(key, fingerprint, new BufferedBody(request, body), response, chain));
		}
		catch (KeyStillInUse ex) {
			problems.write(request, response, HttpServletResponse.SC_CONFLICT, "command.title.stillRunning",
					"command.detail.stillRunning");
		}
	}

	private void answerOnce(IdempotencyKey key, RequestFingerprint fingerprint, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
		Optional<IdempotencyKeyStore.Remembered> earlier;
		try {
			earlier = keys.answered(key, retention.expiredBefore(retention.now()));
		}
		catch (RuntimeException ex) {
			notAnswered(request, response, key, ex);
			return;
		}
		if (earlier.isPresent()) {
			answerFrom(earlier.get(), fingerprint, request, response);
			return;
		}
		KeyedRequest keyed = KeyedRequest.startOn(request, key, fingerprint, transactionManager);
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		boolean answered;
		try {
			chain.doFilter(request, answer);
			answered = settle(keyed, request, response, answer);
		}
		finally {
			// Whatever the way out, no transaction or record lock outlives the request,
			// and neither waits for the answer to reach the client.
			keyed.end();
		}
		if (answered) {
			answer.copyBodyToResponse();
		}
	}

	/**
	 * Files a success under the key and commits, or rolls back.
	 * @return whether the answer the rest of the chain gave stands; when not, another was
	 * written
	 */
	private boolean settle(KeyedRequest keyed, HttpServletRequest request, HttpServletResponse response,
			ContentCachingResponseWrapper answer) throws IOException {
		Optional<RuntimeException> refused = keyed.claimRefused();
		if (refused.isPresent()) {
			keyed.rollback();
			startAfresh(request, response);
			if (refused.get() instanceof KeyAnsweredMeanwhile meanwhile) {
				answerFrom(meanwhile.earlier(), keyed.fingerprint(), request, response);
				return false;
			}
			throw (KeyStillInUse) refused.get();
		}
		if (!isSuccess(answer.getStatus())) {
			keyed.rollback();
			return true;
		}
		try {
			FirstAnswer first = FirstAnswer.of(answer, answer.getContentAsByteArray());
			if (!first.fitsTheStore()) {
				throw new IllegalStateException("a " + first.body().length + "-byte answer to " + keyed.key()
						+ " is too large to remember; write answers are expected to be small");
			}
			if (keyed.inTransaction()) {
				keys.remember(keyed.key(), first);
				keyed.commit();
			}
			else {
				rememberWithoutCommand(keyed, first);
			}
			return true;
		}
		catch (RuntimeException ex) {
			keyed.rollback();
			notAnswered(request, response, keyed.key(), ex);
			return false;
		}
	}

	/**
	 * A write that sent no command has no unit of work to claim the key in: its key and
	 * answer are filed together right after it. Should another request (on another
	 * instance) have answered under the key meanwhile, this answer is still the true one
	 * for this request.
	 */
	private void rememberWithoutCommand(KeyedRequest keyed, FirstAnswer first) {
		transactions.executeWithoutResult((tx) -> {
			Instant now = retention.now();
			if (keys.claim(keyed.key(), keyed.fingerprint(), now, retention.expiredBefore(now), patience).isEmpty()) {
				keys.remember(keyed.key(), first);
			}
			else {
				log.warn("Idempotency key {} was answered by another request while a write without a command ran",
						keyed.key());
			}
		});
	}

	/** The first answer, for a retry; 422 for another request under the same key. */
	private void answerFrom(IdempotencyKeyStore.Remembered earlier, RequestFingerprint fingerprint,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (earlier.fingerprint().equals(fingerprint)) {
			earlier.answer().replayTo(response);
			return;
		}
		problems.write(request, response, HttpStatus.UNPROCESSABLE_ENTITY.value(), "command.title.keyReused",
				"command.detail.keyReused");
	}

	/**
	 * The table could not be read, or the answer could not be filed, so nothing of the
	 * request was committed (or, should the connection fail during the commit itself, the
	 * outcome is unknown to us): either way a retry under the same key is safe, and is
	 * what to do.
	 */
	private void notAnswered(HttpServletRequest request, HttpServletResponse response, IdempotencyKey key,
			RuntimeException ex) throws IOException {
		if (response.isCommitted()) {
			log.error("Idempotent request {} failed after its answer was sent", key, ex);
			return;
		}
		startAfresh(request, response);
		if (ServerBusy.causedBy(ex)) {
			// No connection in time to read the table or file the answer: nothing was
			// committed.
			log.warn("Idempotent request {} not answered, server busy: {}", key, ex.getMessage());
			response.setHeader("Retry-After", String.valueOf(ServerBusy.RETRY_AFTER_SECONDS));
			problems.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "problem.title.serverBusy",
					ServerBusy.PHRASE);
			return;
		}
		if (isDatabaseUnavailable(ex)) {
			log.warn("Idempotent request {} not answered, database unavailable: {}", key, ex.getMessage());
			response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
			problems.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "problem.title.unavailable",
					"command.detail.notConfirmed");
			return;
		}
		log.error("Idempotent request {} not answered", key, ex);
		problems.write(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "problem.title.internalError",
				"command.detail.notRecorded");
	}

	/**
	 * Drops what the rest of the chain wrote for an answer that will not be given; the
	 * correlation id stays, as on every answer.
	 */
	private static void startAfresh(HttpServletRequest request, HttpServletResponse response) {
		response.reset();
		String correlationId = CorrelationIdFilter.of(request);
		if (correlationId != null) {
			response.setHeader(CorrelationIdFilter.HEADER, correlationId);
		}
	}

	private static boolean isDatabaseUnavailable(RuntimeException ex) {
		return ex instanceof TransactionSystemException || ex instanceof TransientDataAccessException
				|| DatabaseUnavailable.causedBy(ex);
	}

	private static boolean isSuccess(int status) {
		return status >= 200 && status < 300;
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
