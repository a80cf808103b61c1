package org.cooperation.tracker.access.mediatype;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import org.cooperation.tracker.access.problem.ProblemTexts;

/**
 * The base of both applications' exception handlers: the 415 and 406 that Spring MVC
 * decides itself (a type an address does not read or write) say so in the tracker's words
 * ({@link MediaTypeRefusals}), as those refused earlier by {@link MediaTypeHeaders} do,
 * instead of the framework's sentence.
 */
public abstract class MediaTypeProblems extends ResponseEntityExceptionHandler {

	private ProblemTexts texts;

	@Autowired
	void setProblemTexts(ProblemTexts texts) {
		this.texts = texts;
	}

	/** The words of the problems, in the language of the answer. */
	protected ProblemTexts texts() {
		return texts;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, MediaTypeRefusals.notSupported(ex,
				request.getHeader(HttpHeaders.CONTENT_TYPE), texts, ProblemTexts.current()), headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, MediaTypeRefusals.notAcceptable(ex, texts, ProblemTexts.current()), headers,
				status, request);
	}

}
