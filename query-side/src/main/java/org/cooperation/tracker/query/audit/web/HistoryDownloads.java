package org.cooperation.tracker.query.audit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	private static final Logger log = LoggerFactory.getLogger(HistoryDownloads.class);

	private final EventExports exports;

	private final Clock clock = Clock.systemUTC();

	void ndjson(HistoryAsked asked, HttpServletResponse response) throws IOException {
		HistoryFilter filter = asked.filter();
		long after = asked.position();
		start(response, EventExports.NDJSON + ";charset=UTF-8", "ndjson");
		stream(() -> exports.ndjson(filter, after, response.getOutputStream()));
	}

	void csv(HistoryAsked asked, HttpServletResponse response) throws IOException {
		HistoryFilter filter = asked.filter();
		long after = asked.position();
		start(response, "text/csv;charset=UTF-8", "csv");
		stream(() -> exports.csv(filter, after, response.getOutputStream()));
	}

	/**
	 * A client that stops reading (a cancelled download) ends the export: its cursor and
	 * transaction close, and nothing more can be answered on a response already begun.
	 */
	private static void stream(Export export) throws IOException {
		try {
			long written = export.run();
			log.debug("Exported {} events", written);
		}
		catch (UncheckedIOException ex) {
			log.info("An export of the history ended early: {}", ex.getCause().getMessage());
		}
	}

	@FunctionalInterface
	private interface Export {

		long run() throws IOException;

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
