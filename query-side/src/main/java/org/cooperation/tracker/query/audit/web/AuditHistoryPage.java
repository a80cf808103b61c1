package org.cooperation.tracker.query.audit.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import org.cooperation.tracker.access.Callers;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.query.audit.EventHistory;
import org.cooperation.tracker.query.audit.HistoryFilter;
import org.cooperation.tracker.query.audit.HistoryLine;
import org.cooperation.tracker.query.audit.StoredEvent;
import org.cooperation.tracker.query.web.Choice;
import org.cooperation.tracker.query.web.DashboardPage;
import org.cooperation.tracker.query.web.ErrorPage;
import org.cooperation.tracker.query.web.Display;

/**
 * The auditors' page of the history: the same filters as the API in a form, newest events
 * first, a page at a time by position, with the downloads of what the filter selects.
 * Only auditors: anyone else gets the 403 page, checked here because the dashboard's
 * security rules answer every signed-in caller.
 */
@Controller
@DashboardPage
@RequiredArgsConstructor
class AuditHistoryPage {

	static final String PATH = "/audit/history";

	private final EventHistory history;

	private final HistoryDownloads downloads;

	private final ObjectMapper json;

	private final Display show;

	@GetMapping(PATH)
	String history(HistoryAsked asked, Model model) {
		auditorsOnly();
		HistoryFilter filter = asked.filter();
		int limit = asked.pageLimit();
		List<StoredEvent> events;
		if (asked.after() != null && !asked.after().isBlank()) {
			// The page just after a position: the events closest to it, shown newest
			// first.
			events = new ArrayList<>(history.after(filter, asked.position(), limit));
			Collections.reverse(events);
		}
		else {
			events = history.before(filter, asked.end(), limit);
		}
		Map<String, String> filters = filters(asked);
		if (!events.isEmpty()) {
			long newest = events.get(0).globalIndex();
			long oldest = events.get(events.size() - 1).globalIndex();
			if (!history.after(filter, newest, 1).isEmpty()) {
				model.addAttribute("newer", link(PATH, filters, "after", newest, limit));
			}
			if (!history.before(filter, oldest, 1).isEmpty()) {
				model.addAttribute("older", link(PATH, filters, "before", oldest, limit));
			}
		}
		model.addAttribute("lines", events.stream().map((event) -> HistoryLine.of(event, json)).toList());
		model.addAttribute("asked", asked);
		model.addAttribute("filter", filter);
		model.addAttribute("filtered", filter.filters());
		model.addAttribute("countries", show.countryChoices());
		model.addAttribute("types", typeChoices());
		model.addAttribute("ndjson", link(PATH + ".ndjson", filters, null, 0, 0));
		model.addAttribute("csv", link(PATH + ".csv", filters, null, 0, 0));
		model.addAttribute("everything", PATH);
		return "audit-history";
	}

	@GetMapping(PATH + ".ndjson")
	void ndjson(HistoryAsked asked, HttpServletResponse response) throws IOException {
		auditorsOnly();
		downloads.ndjson(asked, response);
	}

	@GetMapping(PATH + ".csv")
	void csv(HistoryAsked asked, HttpServletResponse response) throws IOException {
		auditorsOnly();
		downloads.csv(asked, response);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(AccessDeniedException ex) {
		return ErrorPage.of(HttpStatus.FORBIDDEN, show.label("audit.forbidden"));
	}

	private static void auditorsOnly() {
		Caller caller = Callers.current();
		if (caller == null || !caller.is(Role.AUDITOR)) {
			throw new AccessDeniedException("the event history is for auditors only");
		}
	}

	/** The stored types by simple name, once each, for the form's drop-down. */
	private List<Choice> typeChoices() {
		TreeSet<String> names = new TreeSet<>();
		history.storedTypes().forEach((type) -> names.add(HistoryLine.simpleNameOf(type)));
		return names.stream().map((name) -> new Choice(name, name)).toList();
	}

	private static Map<String, String> filters(HistoryAsked asked) {
		Map<String, String> filters = new LinkedHashMap<>();
		put(filters, "initiativeId", asked.initiativeId());
		put(filters, "aggregateId", asked.aggregateId());
		put(filters, "country", asked.country());
		put(filters, "type", asked.type());
		put(filters, "user", asked.user());
		put(filters, "correlationId", asked.correlationId());
		put(filters, "from", asked.from());
		put(filters, "to", asked.to());
		return filters;
	}

	private static void put(Map<String, String> filters, String name, String value) {
		if (value != null && !value.isBlank()) {
			filters.put(name, value.strip());
		}
	}

	/** The path with the filters and, when named, a position and the page's size. */
	private static String link(String path, Map<String, String> filters, String position, long at, int limit) {
		// Form-encoded, so that the + of an offset (2025-11-14T09:00+05:00) is not read
		// as a space.
		StringJoiner query = new StringJoiner("&");
		filters.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
		if (position != null) {
			query.add(position + "=" + at);
			if (limit != HistoryAsked.DEFAULT_PAGE) {
				query.add("limit=" + limit);
			}
		}
		return (query.length() == 0) ? path : path + "?" + query;
	}

}
