package org.cooperation.tracker.access.mediatype;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;

/**
 * The tracker's words for a well-formed Content-Type or Accept that an address cannot
 * serve (415, 406), for both applications' error answers, in place of the framework's own
 * sentences.
 */
public final class MediaTypeRefusals {

	private MediaTypeRefusals() {
	}

	/**
	 * 415: the body is of a type this address does not read.
	 * @param sent the request's Content-Type header, or null when it had none
	 */
	public static ProblemDetail notSupported(HttpMediaTypeNotSupportedException ex, String sent) {
		String wanted = ex.getSupportedMediaTypes().contains(MediaType.APPLICATION_JSON)
				? "JSON, with Content-Type: application/json" : "one of " + concrete(ex.getSupportedMediaTypes());
		String detail = (sent == null) ? "the request body has no Content-Type; send it as " + wanted
				: "a request body sent as '" + ex.getContentType().getType() + "/" + ex.getContentType().getSubtype()
						+ "' is not read here; send it as " + wanted;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail);
		problem.setTitle("Unsupported media type");
		return problem;
	}

	/** 406: the address answers in no type the Accept header admits. */
	public static ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE,
				"this address answers only as " + concrete(ex.getSupportedMediaTypes())
						+ ", and the Accept header admits none of them");
		problem.setTitle("Not acceptable");
		return problem;
	}

	/** The concrete types of a list, without ranges such as application/*+json. */
	private static String concrete(List<MediaType> types) {
		String named = types.stream()
			.filter(type -> !type.isWildcardType() && !type.isWildcardSubtype())
			.map(type -> type.getType() + "/" + type.getSubtype())
			.distinct()
			.collect(Collectors.joining(", "));
		return named.isEmpty() ? "application/json" : named;
	}

}
