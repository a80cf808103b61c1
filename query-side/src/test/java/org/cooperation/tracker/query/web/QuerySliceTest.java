package org.cooperation.tracker.query.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.query.common.Moment;
import org.cooperation.tracker.query.initiative.InitiativeDetail;
import org.cooperation.tracker.query.ProblemAnswers;
import org.cooperation.tracker.query.RecordEtags;
import org.cooperation.tracker.query.common.NotFoundException;
import org.cooperation.tracker.query.common.Versioned;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * What the query side's slices ({@link QuerySlice}) share: MockMvc signed in as an
 * official, and the answers every controller gives in the same shape: a problem+json of a
 * status for the API, the error page for a dashboard page.
 */
@QuerySlice
public abstract class QuerySliceTest {

	/** The initiative whose records a slice asks for. */
	protected static final UUID INITIATIVE = UUID.fromString("3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a090");

	/** An id nothing is recorded under, as the full-context tests use it. */
	protected static final String UNKNOWN = "0b7a4c2e-1d3f-4e5a-9b6c-7d8e9f0a1b2c";

	@Autowired
	protected MockMvc mvc;

	/** The request signed in as the demo account of that role, with its authorities. */
	protected static RequestPostProcessor signedInAs(Role role) {
		Caller caller = Caller.of(role.name().toLowerCase(Locale.ROOT), role);
		return user(caller.name()).authorities(caller.authorities().stream().map(SimpleGrantedAuthority::new).toList());
	}

	/** Text recorded in English only. */
	protected static LocalizedText english(String text) {
		return new LocalizedText(null, null, text);
	}

	/**
	 * An initiative as the read models give it, with no participant and no history yet.
	 */
	protected static InitiativeDetail initiative(UUID initiativeId, InitiativeKind kind, String title) {
		return new InitiativeDetail(initiativeId, UUID.randomUUID(), UUID.randomUUID(), english("Cultural exchange"),
				kind, english(title), null, Country.KZ, List.of(), Instant.parse("2025-11-20T09:00:00Z"), false,
				List.of(), List.of(), Moment.NOW);
	}

	/** What a query service throws for a record the read models do not hold. */
	protected static NotFoundException notFound(String message) {
		return new NotFoundException(message);
	}

	/**
	 * The request is answered with a problem+json of that status
	 * ({@link ProblemAnswers}).
	 */
	protected ResultActions problem(MockHttpServletRequestBuilder request, int status) throws Exception {
		return ProblemAnswers.problem(mvc.perform(request), status);
	}

	/**
	 * A record at {@code path} answered with its version as a strong ETag, kept only by
	 * the caller's own client, and 304 with no body to an If-None-Match that names it.
	 */
	protected void expectRecord(String path, long version) throws Exception {
		RecordEtags.assertVersion(mvc, path, version);
		json(get(path)).andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache, private"));
	}

	/** The view as the read models give it, at version 3. */
	protected static <T> Versioned<T> versioned(Object aggregateId, T view) {
		return new Versioned<>(aggregateId.toString(), 3, view);
	}

	/**
	 * A list of that many entries on this page, and {@code total} in all, as
	 * {@link Paging} answers it.
	 */
	protected ResultActions list(MockHttpServletRequestBuilder request, int entries, int total) throws Exception {
		return json(request).andExpect(jsonPath("$", hasSize(entries)))
			.andExpect(header().string(Paging.TOTAL_COUNT, Integer.toString(total)));
	}

	/** A JSON answer of 200. */
	protected ResultActions json(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
	}

	/** The page rendered from that template, as HTML. */
	protected ResultActions page(MockHttpServletRequestBuilder request, String template) throws Exception {
		return mvc.perform(request.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(view().name(template))
			.andExpect(model().attributeExists("signedIn"));
	}

	/**
	 * The error page of that status, as HTML, with the message the official reads and no
	 * stack trace.
	 */
	protected ResultActions errorPage(MockHttpServletRequestBuilder request, int status, String message)
			throws Exception {
		return mvc.perform(request.accept(MediaType.TEXT_HTML))
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(view().name("error"))
			.andExpect(model().attribute("status", status))
			.andExpect(model().attribute("message", containsString(message)))
			.andExpect(content().string(allOf(containsString(message), not(containsString("Exception")))));
	}

}
