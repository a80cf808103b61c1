package org.cooperation.tracker.access.problem;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import org.cooperation.tracker.access.language.Languages;
import org.cooperation.tracker.kernel.common.Phrase;

/**
 * Writes a problem+json answer from a filter, where no controller advice reaches, in the
 * language the application's locale resolver chooses for the request (the one its
 * controllers answer in), named in Content-Language.
 */
@Component
public class ProblemWriter {

	private final ObjectMapper json;

	private final ProblemTexts texts;

	private final ObjectProvider<LocaleResolver> languages;

	public ProblemWriter(ObjectMapper json, ProblemTexts texts, ObjectProvider<LocaleResolver> languages) {
		this.json = json;
		this.texts = texts;
		this.languages = languages;
	}

	/**
	 * Writes the problem whose title has the key {@code titleKey} and whose detail is the
	 * phrase, both from the {@code problems} bundles.
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, int status, String titleKey,
			Phrase detail) throws IOException {
		write(request, response, status, Phrase.of(titleKey), detail);
	}

	/** A problem whose title has arguments too. */
	public void write(HttpServletRequest request, HttpServletResponse response, int status, Phrase title, Phrase detail)
			throws IOException {
		Locale language = language(request);
		write(request, response, texts.problem(HttpStatus.valueOf(status), title, detail, language), language);
	}

	/**
	 * As {@link #write(HttpServletRequest, HttpServletResponse, int, String, Phrase)}.
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, int status, String titleKey,
			String detailKey, Object... arguments) throws IOException {
		write(request, response, status, titleKey, Phrase.of(detailKey, arguments));
	}

	/**
	 * Writes the problem for a refusal, worded by its phrase when it carries one, else
	 * its English message (see
	 * {@link ProblemTexts#problem(org.springframework.http.HttpStatusCode, String, RuntimeException, Locale)}).
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, int status, String titleKey,
			RuntimeException refusal) throws IOException {
		Locale language = language(request);
		write(request, response, texts.problem(HttpStatus.valueOf(status), titleKey, refusal, language), language);
	}

	/** The language the application answers this request in. */
	public Locale language(HttpServletRequest request) {
		LocaleResolver resolver = languages.getIfAvailable();
		return ProblemTexts
			.supported((resolver != null) ? resolver.resolveLocale(request) : Languages.accepted(request));
	}

	private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem, Locale language)
			throws IOException {
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
		json.writeValue(response.getOutputStream(), problem);
	}

}
