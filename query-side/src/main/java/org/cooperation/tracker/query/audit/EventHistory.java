package org.cooperation.tracker.query.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the event store the command side writes, as stored: nothing is decoded into
 * domain types, so an auditor sees what is there, including events this version of the
 * query side would not understand.
 */
@Component
@RequiredArgsConstructor
public class EventHistory {

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	/** Up to {@code limit} events after the given position, optionally of one record. */
	public List<StoredEvent> after(long globalIndex, int limit, String aggregateId) {
		String sql = "SELECT globalindex, eventidentifier, type, aggregateidentifier, sequencenumber, timestamp, "
				+ "payloadtype, payloadrevision, metadata, payload FROM domainevententry WHERE globalindex > ? "
				+ (aggregateId == null ? "" : "AND aggregateidentifier = ? ") + "ORDER BY globalindex LIMIT ?";
		Object[] arguments = aggregateId == null ? new Object[] { globalIndex, limit }
				: new Object[] { globalIndex, aggregateId, limit };
		return jdbc.query(sql, (row, i) -> {
			byte[] metadata = row.getBytes("metadata");
			byte[] payload = row.getBytes("payload");
			return new StoredEvent(row.getLong("globalindex"), row.getString("eventidentifier"), row.getString("type"),
					row.getString("aggregateidentifier"), row.getLong("sequencenumber"), row.getString("timestamp"),
					row.getString("payloadtype"), row.getString("payloadrevision"), parse(metadata), parse(payload),
					sha256(payload, metadata));
		}, arguments);
	}

	private JsonNode parse(byte[] stored) {
		if (stored == null) {
			return null;
		}
		try {
			return json.readTree(stored);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("a stored event is not JSON", ex);
		}
	}

	private static String sha256(byte[] payload, byte[] metadata) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(payload);
			if (metadata != null) {
				digest.update(metadata);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
