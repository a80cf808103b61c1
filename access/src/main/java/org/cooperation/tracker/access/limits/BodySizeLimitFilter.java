package org.cooperation.tracker.access.limits;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.cooperation.tracker.access.problem.ProblemWriter;
import org.cooperation.tracker.kernel.common.Phrase;

/**
 * Refuses request bodies over the limit before they are parsed: by the declared length
 * when there is one, and by counting bytes for chunked bodies, so no body can exhaust
 * memory. A body found too large while it is read ends as {@link BodyTooLarge}, which
 * each application's error answers turn into the same 413. (Form posts, which the
 * container parses itself, are held to {@code server.tomcat.max-http-form-post-size}.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class BodySizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final ProblemWriter problems;

	public BodySizeLimitFilter(RequestLimits limits, ProblemWriter problems) {
		this.maxBytes = limits.maxBodyBytes();
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			problems.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
					"problem.title.bodyTooLarge", "problem.detail.bodyTooLarge.declared",
					request.getContentLengthLong(), maxBytes);
			return;
		}
		chain.doFilter(new LimitedRequest(request, maxBytes), response);
	}

	/** Thrown while reading a body that turns out larger than the limit. */
	public static class BodyTooLarge extends IOException {

		private final long maxBytes;

		public BodyTooLarge(long maxBytes) {
			super("the request body is larger than " + maxBytes + " bytes");
			this.maxBytes = maxBytes;
		}

		/** The refusal's words, for a problem answer. */
		public Phrase phrase() {
			return Phrase.of("problem.detail.bodyTooLarge.read", maxBytes);
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream stream;

		private BufferedReader reader;

		LimitedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new LimitedStream(super.getInputStream(), maxBytes);
			}
			return stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			if (reader == null) {
				String encoding = getCharacterEncoding();
				reader = new BufferedReader(new InputStreamReader(getInputStream(),
						(encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8));
			}
			return reader;
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long maxBytes;

		private long read;

		LimitedStream(ServletInputStream delegate, long maxBytes) {
			this.delegate = delegate;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int b = delegate.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = delegate.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLarge {
			read += n;
			if (read > maxBytes) {
				throw new BodyTooLarge(maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			delegate.setReadListener(listener);
		}

	}

}
