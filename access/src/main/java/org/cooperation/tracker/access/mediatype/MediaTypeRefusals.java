package org.cooperation.tracker.access.mediatype;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;

import org.cooperation.tracker.access.problem.ProblemTexts;
import org.cooperation.tracker.kernel.common.Phrase;

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
	public static ProblemDetail notSupported(HttpMediaTypeNotSupportedException ex, String sent, ProblemTexts texts,
			Locale language) {
		Phrase wanted = ex.getSupportedMediaTypes().contains(MediaType.APPLICATION_JSON)
				? Phrase.of("problem.detail.mediaType.wantJson")
				: Phrase.of("problem.detail.mediaType.wantOneOf", concrete(ex.getSupportedMediaTypes()));
		Phrase detail = (sent == null) ? Phrase.of("problem.detail.mediaType.noContentType", wanted)
				: Phrase.of("problem.detail.mediaType.notRead",
						ex.getContentType().getType() + "/" + ex.getContentType().getSubtype(), wanted);
		return texts.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.title.unsupportedMediaType", detail, language);
	}

	/** 406: the address answers in no type the Accept header admits. */
	public static ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException ex, ProblemTexts texts,
			Locale language) {
		return texts.problem(HttpStatus.NOT_ACCEPTABLE, "problem.title.notAcceptable",
				Phrase.of("problem.detail.mediaType.notAcceptable", concrete(ex.getSupportedMediaTypes())), language);
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
