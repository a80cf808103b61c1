package org.cooperation.tracker.command.idempotency;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * The answer given to the first request under a key, replayed to every retry: its status,
 * the headers that describe it, and its body.
 *
 * @param status the HTTP status, always a success (only successes are remembered)
 * @param headers the headers that belong to the answer rather than to one delivery of it
 * @param body the body's bytes
 */
record FirstAnswer(int status, Map<String, List<String>> headers, byte[] body) {

	/** Marks an answer given again, so a client can tell it saw its earlier request's. */
	static final String REPLAYED = "Idempotent-Replayed";

	/**
	 * The answer's own headers. Those of one delivery (the correlation id, the date,
	 * security and CORS headers) are written afresh on every request by the filters
	 * around this one.
	 */
	static final List<String> REMEMBERED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.CONTENT_TYPE,
			HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED);

	/** Write answers hold ids and states; the request body limit is the same. */
	static final int MAX_BODY_BYTES = 64 * 1024;

	FirstAnswer {
		headers = Map.copyOf(headers);
		body = body.clone();
	}

	static FirstAnswer of(HttpServletResponse response, byte[] body) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : REMEMBERED_HEADERS) {
			// The container keeps the content type apart from the other headers.
			List<String> values = HttpHeaders.CONTENT_TYPE.equals(name)
					? ((response.getContentType() != null) ? List.of(response.getContentType()) : List.of())
					: List.copyOf(response.getHeaders(name));
			if (!values.isEmpty()) {
				headers.put(name, values);
			}
		}
		return new FirstAnswer(response.getStatus(), headers, body);
	}

	boolean fitsTheStore() {
		return body.length <= MAX_BODY_BYTES;
	}

	void replayTo(HttpServletResponse response) throws IOException {
		response.setStatus(status);
		headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		response.setHeader(REPLAYED, "true");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FirstAnswer answer && status == answer.status && headers.equals(answer.headers)
				&& Arrays.equals(body, answer.body);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * status + headers.hashCode()) + Arrays.hashCode(body);
	}

	@Override
	public String toString() {
		return status + " " + headers + " (" + body.length + " bytes)";
	}

}
