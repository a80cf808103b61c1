package org.cooperation.tracker.query.audit.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.query.audit.EventExports;
import org.cooperation.tracker.query.audit.HistoryFilter;

/**
 * The history's downloads, for the API and the page alike. The filter and the position
 * are checked before the first byte is written, so a bad value is still a 400 problem;
 * then the events stream straight from the store into the answer.
 */
@Component
@RequiredArgsConstructor
class HistoryDownloads {

	private final EventExports exports;

	private final Clock clock = Clock.systemUTC();

	void ndjson(HistoryAsked asked, HttpServletResponse response) throws IOException {
		HistoryFilter filter = asked.filter();
		long after = asked.position();
		start(response, EventExports.NDJSON + ";charset=UTF-8", "ndjson");
		exports.ndjson(filter, after, response.getOutputStream());
	}

	void csv(HistoryAsked asked, HttpServletResponse response) throws IOException {
		HistoryFilter filter = asked.filter();
		long after = asked.position();
		start(response, "text/csv;charset=UTF-8", "csv");
		exports.csv(filter, after, response.getOutputStream());
	}

	private void start(HttpServletResponse response, String type, String extension) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("event-history-" + LocalDate.now(clock) + "." + extension)
					.build()
					.toString());
	}

}
