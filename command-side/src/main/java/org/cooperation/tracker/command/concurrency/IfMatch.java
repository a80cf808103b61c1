package org.cooperation.tracker.command.concurrency;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestAttributes;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;

/**
 * A write's If-Match: the version of the record the client read, which is the ETag the
 * query side gave it ({@code "4"}), or {@code *} for any version. The query side gives a
 * weak ETag ({@code W/"4"}) for a record whose view is incomplete because events of it
 * are parked; such a tag is recognised, to explain why it cannot guard the write.
 *
 * @param version the version the record must be at, or null for {@code *}
 * @param weak whether it is the weak ETag of an incomplete view
 */
public record IfMatch(Long version, boolean weak) {

	static final IfMatch ANY = new IfMatch(null, false);

	/**
	 * The form of the ETags the query side gives: a version in double quotes, weak
	 * ({@code W/}) while the record's view is incomplete.
	 */
	private static final Pattern VERSION_TAG = Pattern.compile("(W/)?\"(0|[1-9][0-9]{0,17})\"");

	private static final String ATTRIBUTE = IfMatch.class.getName();

	/**
	 * The request's If-Match, or empty when it has none.
	 * @throws InvalidValueException when it names several versions or is not a version
	 * the query side could have given
	 */
	static Optional<IfMatch> of(HttpServletRequest request) {
		List<String> values = Collections.list(request.getHeaders(HttpHeaders.IF_MATCH));
		if (values.isEmpty()) {
			return Optional.empty();
		}
		String value = String.join(",", values).trim();
		if (value.equals("*")) {
			return Optional.of(ANY);
		}
		if (value.contains(",")) {
			throw new InvalidValueException("If-Match names one version of the record, not several: "
					+ "send the ETag the query side gave for it, such as \"4\", or *");
		}
		Matcher tag = VERSION_TAG.matcher(value);
		if (!tag.matches()) {
			throw new InvalidValueException("If-Match " + Checks.excerpt(value) + " is not a version of the record: "
					+ "send the ETag the query side gave for it, a number in double quotes such as \"4\", or *");
		}
		return Optional.of(new IfMatch(Long.valueOf(tag.group(2)), tag.group(1) != null));
	}

	/** The If-Match a request carried, as {@link IfMatchPreconditions} read it. */
	public static Optional<IfMatch> sentWith(RequestAttributes request) {
		return Optional.ofNullable((IfMatch) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
	}

	/** True unless it is {@code *}, which accepts any version. */
	public boolean namesAVersion() {
		return version != null;
	}

	void rememberOn(HttpServletRequest request) {
		request.setAttribute(ATTRIBUTE, this);
	}

}
