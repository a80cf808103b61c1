package org.cooperation.tracker.query.audit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.common.EventMetadata;

import static org.cooperation.tracker.access.csv.CsvFiles.BYTE_ORDER_MARK;

/**
 * The history written out as it streams from the store, one event at a time: NDJSON (one
 * {@link StoredEvent} per line, the API's fields) for programs, CSV for spreadsheets.
 * Nothing is held but the event being written.
 */
@Component
public class EventExports {

	public static final String NDJSON = "application/x-ndjson";

	/** The CSV's columns: the API's field names, so both read alike. */
	static final String[] CSV_COLUMNS = { "globalIndex", "timestamp", "aggregateType", "aggregateId", "sequenceNumber",
			"payloadType", "payloadRevision", "eventId", EventMetadata.ACTOR, EventMetadata.ACTOR_ROLE,
			EventMetadata.ACTOR_COUNTRY, EventMetadata.CORRELATION_ID, EventMetadata.ORIGIN, "payload", "metadata",
			"sha256" };

	private final EventHistory history;

	private final ObjectWriter line;

	public EventExports(EventHistory history, ObjectMapper json) {
		this.history = history;
		// One line per event, whatever the application's mapper is set to indent; and the
		// stream stays open between events.
		this.line = json.writer()
			.without(SerializationFeature.INDENT_OUTPUT)
			.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
	}

	/** Every event of the filter after the position as NDJSON; how many were written. */
	public long ndjson(HistoryFilter filter, long after, OutputStream out) throws IOException {
		OutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
		long written = history.export(filter, after, (event) -> {
			try {
				line.writeValue(buffered, event);
				buffered.write('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		buffered.flush();
		return written;
	}

	/**
	 * Every event of the filter after the position as CSV, UTF-8 with a byte order mark
	 * so that spreadsheets read Cyrillic; payload and metadata as their JSON text.
	 */
	public long csv(HistoryFilter filter, long after, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(new BufferedOutputStream(out, 64 * 1024), StandardCharsets.UTF_8);
		writer.write(BYTE_ORDER_MARK);
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS).get());
		long written = history.export(filter, after, (event) -> {
			try {
				csv.printRecord(event.globalIndex(), event.timestamp(), event.aggregateType(), event.aggregateId(),
						event.sequenceNumber(), event.payloadType(), event.payloadRevision(), event.eventId(),
						event.meta(EventMetadata.ACTOR), event.meta(EventMetadata.ACTOR_ROLE),
						event.meta(EventMetadata.ACTOR_COUNTRY), event.meta(EventMetadata.CORRELATION_ID),
						event.meta(EventMetadata.ORIGIN), text(event.payload()), text(event.metadata()),
						event.sha256());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		csv.flush();
		return written;
	}

	private static String text(JsonNode node) {
		return (node == null) ? null : node.toString();
	}

}
