package org.cooperation.tracker.query.web;

import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import org.cooperation.tracker.kernel.common.InvalidValueException;

/**
 * One page of a list the API answers, as asked by {@code page} (from 0) and {@code size}
 * (at most {@link #MAX_SIZE}; {@link #DEFAULT_SIZE} when not asked). The body stays the
 * list itself; {@code X-Total-Count} says how many there are in all, and {@code Link}
 * (RFC 8288) where the next and previous pages are, so a client that reads only the first
 * page can tell that more exist.
 *
 * @param page which page, from 0
 * @param size how many entries a page holds
 */
public record Paging(int page, int size) {

	public static final int DEFAULT_SIZE = 100;

	public static final int MAX_SIZE = 500;

	/** Beyond this no list of the tracker reaches, whatever the size. */
	public static final int MAX_PAGE = 100_000;

	public static final String TOTAL_COUNT = "X-Total-Count";

	public static final String PAGE = "which page, from 0 (the first, when omitted); X-Total-Count and Link say how many "
			+ "there are and where the next page is";

	public static final String SIZE = "entries per page, 1 to " + MAX_SIZE + "; " + DEFAULT_SIZE + " when omitted";

	public Paging {
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidValueException("size is a number from 1 to " + MAX_SIZE + ", not " + size);
		}
		if (page < 0 || page > MAX_PAGE) {
			throw new InvalidValueException("page is a number from 0 to " + MAX_PAGE + ", not " + page);
		}
	}

	/** The paging asked for by the query parameters, either of which may be absent. */
	public static Paging of(Integer page, Integer size) {
		return new Paging((page != null) ? page : 0, (size != null) ? size : DEFAULT_SIZE);
	}

	/** The entries of this page. */
	public <T> List<T> slice(List<T> all) {
		long from = (long) page * size;
		if (from >= all.size()) {
			return List.of();
		}
		return List.copyOf(all.subList((int) from, (int) Math.min(all.size(), from + size)));
	}

	/** This page of the list, with the total count and the links to its neighbours. */
	public <T> ResponseEntity<List<T>> answer(List<T> all, HttpServletRequest request) {
		return answer(all, Function.identity(), request);
	}

	/**
	 * This page of a list the body holds beside other facts (counts, the filter applied):
	 * {@code body} builds it around the page's entries, so those facts still cover the
	 * whole list, as {@code X-Total-Count} does.
	 */
	public <T, B> ResponseEntity<B> answer(List<T> all, Function<List<T>, B> body, HttpServletRequest request) {
		return ResponseEntity.ok().headers(headers(all.size(), request)).body(body.apply(slice(all)));
	}

	public HttpHeaders headers(int total, HttpServletRequest request) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(TOTAL_COUNT, Integer.toString(total));
		StringBuilder links = new StringBuilder();
		if ((long) (page + 1) * size < total) {
			links.append(link(request, page + 1, "next"));
		}
		if (page > 0 && total > 0) {
			links.append(links.isEmpty() ? "" : ", ")
				.append(link(request, Math.min(page - 1, (total - 1) / size), "prev"));
		}
		if (!links.isEmpty()) {
			headers.set(HttpHeaders.LINK, links.toString());
		}
		return headers;
	}

	/**
	 * A link relative to this server (never built from the Host header a client sent),
	 * keeping the other query parameters as they were sent.
	 */
	private String link(HttpServletRequest request, int toPage, String relation) {
		StringJoiner query = new StringJoiner("&");
		String sent = request.getQueryString();
		if (sent != null) {
			Arrays.stream(sent.split("&"))
				.filter((parameter) -> !parameter.isEmpty() && !parameter.startsWith("page=")
						&& !parameter.equals("page") && !parameter.startsWith("size=") && !parameter.equals("size"))
				.forEach(query::add);
		}
		query.add("page=" + toPage).add("size=" + size);
		return "<" + request.getRequestURI() + "?" + query + ">; rel=\"" + relation + "\"";
	}

}
