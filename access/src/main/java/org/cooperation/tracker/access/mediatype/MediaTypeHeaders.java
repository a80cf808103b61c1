package org.cooperation.tracker.access.mediatype;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.cooperation.tracker.access.problem.ProblemWriter;
import org.cooperation.tracker.kernel.common.Phrase;

/**
 * Reads Content-Type and Accept before anything else does and refuses what is malformed,
 * on both applications and every address (API, pages, the sign-in form): 400 for a header
 * that is not written as HTTP writes it, 415 for a Content-Type that names a range
 * ({@code application/*}) or a charset that does not exist, and 406 for a write to the
 * API whose Accept admits no JSON. Left to the framework, the first ended as 500, the
 * second as an empty answer, and the third was answered 406 only after the write was
 * recorded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
@RequiredArgsConstructor
public class MediaTypeHeaders extends OncePerRequestFilter {

	/**
	 * The framework refuses to sort more media ranges than this, and no client needs as
	 * many.
	 */
	static final int MAX_ACCEPTED_RANGES = 50;

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final Phrase UNSUPPORTED = Phrase.of("problem.title.unsupportedMediaType");

	private final ProblemWriter problems;

	/**
	 * A refused request: the status and the tracker's words for it, as phrases of the
	 * problems bundles. (What the media-type syntax found wrong stays in English.)
	 */
	record Refusal(int status, Phrase title, Phrase detail) {

	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Refusal refusal = refusal(request);
		if (refusal != null) {
			problems.write(request, response, refusal.status(), refusal.title(), refusal.detail());
			return;
		}
		chain.doFilter(request, response);
	}

	/** Why the request's media-type headers are refused, or null when they pass. */
	Refusal refusal(HttpServletRequest request) {
		Refusal contentType = contentType(Collections.list(request.getHeaders(HttpHeaders.CONTENT_TYPE)));
		if (contentType != null) {
			return contentType;
		}
		return accept(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)), request.getMethod(),
				request.getRequestURI());
	}

	static Refusal contentType(List<String> headers) {
		if (headers.isEmpty()) {
			return null;
		}
		if (headers.size() > 1) {
			return malformed("Content-Type", Phrase.of("problem.detail.mediaType.twoContentTypes", headers.size()));
		}
		MediaRange type;
		try {
			type = MediaTypeSyntax.mediaType(headers.get(0));
		}
		catch (MediaTypeSyntax.Malformed ex) {
			return malformed("Content-Type",
					Phrase.of("problem.detail.mediaType.contentTypeSyntax", Phrase.english(ex.getMessage())));
		}
		if (type.isRange()) {
			return new Refusal(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED,
					Phrase.of("problem.detail.mediaType.range", type));
		}
		String unknown = unknownCharset(type);
		if (unknown != null) {
			return new Refusal(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED,
					Phrase.of("problem.detail.mediaType.contentTypeCharset", unknown));
		}
		if (!readByTheFramework(headers)) {
			return malformed("Content-Type", Phrase.of("problem.detail.mediaType.contentTypeUnread"));
		}
		return null;
	}

	private static Refusal accept(List<String> headers, String method, String path) {
		List<MediaRange> ranges = new ArrayList<>();
		for (String header : headers) {
			try {
				ranges.addAll(MediaTypeSyntax.mediaRanges(header));
			}
			catch (MediaTypeSyntax.Malformed ex) {
				return malformed("Accept",
						Phrase.of("problem.detail.mediaType.acceptSyntax", Phrase.english(ex.getMessage())));
			}
		}
		if (ranges.size() > MAX_ACCEPTED_RANGES) {
			return malformed("Accept",
					Phrase.of("problem.detail.mediaType.acceptTooMany", ranges.size(), MAX_ACCEPTED_RANGES));
		}
		for (MediaRange range : ranges) {
			String unknown = unknownCharset(range);
			if (unknown != null) {
				return malformed("Accept", Phrase.of("problem.detail.mediaType.acceptCharset", unknown));
			}
		}
		if (!ranges.isEmpty() && !readByTheFramework(headers)) {
			return malformed("Accept", Phrase.of("problem.detail.mediaType.acceptUnread"));
		}
		if (!SAFE_METHODS.contains(method) && path.startsWith("/api/") && !admitsJson(ranges)) {
			return new Refusal(HttpServletResponse.SC_NOT_ACCEPTABLE, Phrase.of("problem.title.notAcceptable"),
					Phrase.of("problem.detail.mediaType.noJsonForWrite"));
		}
		return null;
	}

	/**
	 * Whether the client takes application/json: the most specific range that covers it
	 * decides (RFC 9110), and no Accept at all takes anything.
	 */
	static boolean admitsJson(List<MediaRange> ranges) {
		if (ranges.isEmpty()) {
			return true;
		}
		return ranges.stream()
			.filter(range -> range.covers("application", "json"))
			.max(Comparator.comparingInt(MediaRange::specificity).thenComparingDouble(MediaRange::quality))
			.map(range -> range.quality() > 0)
			.orElse(false);
	}

	/** The charset a media type names when the JDK knows no such charset, or null. */
	private static String unknownCharset(MediaRange type) {
		String charset = type.parameters().get("charset");
		if (charset == null) {
			return null;
		}
		try {
			return Charset.isSupported(charset) ? null : charset;
		}
		catch (IllegalCharsetNameException ex) {
			return charset;
		}
	}

	/**
	 * The framework's own reading must succeed too, so nothing after this filter can fail
	 * on a header this filter let pass.
	 */
	private static boolean readByTheFramework(List<String> headers) {
		try {
			for (String header : headers) {
				MediaType.parseMediaTypes(header);
			}
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static Refusal malformed(String header, Phrase detail) {
		return new Refusal(HttpServletResponse.SC_BAD_REQUEST, Phrase.of("problem.title.malformedHeader", header),
				detail);
	}

}
