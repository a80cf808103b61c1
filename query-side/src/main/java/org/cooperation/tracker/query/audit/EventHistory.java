package org.cooperation.tracker.query.audit;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.cooperation.tracker.eventstore.ReadHorizon;
import org.cooperation.tracker.kernel.common.Sha256;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupId;

/**
 * Reads the event store the command side writes, as stored: nothing is decoded into
 * domain types, so an auditor sees what is there, including events this version of the
 * query side would not understand. Filters read the stored JSON through the functions the
 * event store's migration V5 indexes ({@code audit_initiative}, {@code audit_countries},
 * {@code audit_json}, {@code audit_recorded_at}), written here exactly as indexed.
 * <p>
 * Only the event table is read. Creators' contact details are never written into an event
 * (the command side keeps them in a table of their own, deleted on erasure), so nothing
 * read here can carry them.
 */
@Component
public class EventHistory {

	/** Rows the database sends per round trip while an export streams. */
	static final int EXPORT_FETCH_SIZE = 500;

	private static final String COLUMNS = "SELECT globalindex, eventidentifier, type, aggregateidentifier, "
			+ "sequencenumber, timestamp, payloadtype, payloadrevision, metadata, payload FROM domainevententry";

	private final JdbcTemplate jdbc;

	private final JdbcTemplate cursor;

	private final TransactionTemplate readOnly;

	private final ObjectMapper json;

	private final ReadHorizon horizon;

	public EventHistory(JdbcTemplate jdbc, ObjectMapper json, ReadHorizon horizon) {
		this.jdbc = jdbc;
		this.json = json;
		this.horizon = horizon;
		// PostgreSQL's driver reads through a cursor, a fetch size at a time, only inside
		// a
		// transaction; without one it would load every row of an export into memory.
		this.cursor = new JdbcTemplate(jdbc.getDataSource());
		this.cursor.setFetchSize(EXPORT_FETCH_SIZE);
		this.readOnly = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Up to {@code limit} of the filter's events after the given position, oldest first.
	 */
	public List<StoredEvent> after(HistoryFilter filter, long globalIndex, int limit) {
		Where where = forward(filter, globalIndex);
		return jdbc.query(COLUMNS + where.sql() + " ORDER BY globalindex LIMIT ?", this::event, where.arguments(limit));
	}

	/**
	 * Up to {@code limit} of the filter's events before the given position (all when
	 * null), newest first: the dashboard's view, which opens on the latest events.
	 */
	public List<StoredEvent> before(HistoryFilter filter, Long globalIndex, int limit) {
		Where where = where(filter);
		if (globalIndex != null) {
			where.and("globalindex < ?", globalIndex);
		}
		return jdbc.query(COLUMNS + where.sql() + " ORDER BY globalindex DESC LIMIT ?", this::event,
				where.arguments(limit));
	}

	/**
	 * Hands every event of the filter after the given position to {@code each}, oldest
	 * first, one at a time as the database sends them: memory stays the same however many
	 * there are. Returns how many were handed over.
	 */
	public long export(HistoryFilter filter, long globalIndex, Consumer<StoredEvent> each) {
		Where where = forward(filter, globalIndex);
		long[] count = { 0 };
		RowCallbackHandler handler = (row) -> {
			each.accept(event(row, 0));
			count[0]++;
		};
		readOnly.executeWithoutResult(
				(status) -> cursor.query(COLUMNS + where.sql() + " ORDER BY globalindex", handler, where.arguments()));
		return count[0];
	}

	/**
	 * The filter's events after a position, no further than the read horizon: a client
	 * that pages forward from the last position it was given never steps over an event
	 * that a transaction still open was writing below it.
	 */
	private Where forward(HistoryFilter filter, long globalIndex) {
		long settled = jdbc.execute((ConnectionCallback<Long>) horizon::settledPosition);
		return where(filter).and("globalindex > ?", globalIndex).and("globalindex <= ?", settled);
	}

	/**
	 * How PostgreSQL reads a page of the filter: its plan, for the test that shows every
	 * selective filter reads its index.
	 */
	String plan(HistoryFilter filter, long globalIndex, int limit) {
		Where where = where(filter).and("globalindex > ?", globalIndex);
		return String.join("\n", jdbc.queryForList("EXPLAIN " + COLUMNS + where.sql() + " ORDER BY globalindex LIMIT ?",
				String.class, where.arguments(limit)));
	}

	/** The event types the store holds, each once (a loose scan of the type index). */
	public List<String> storedTypes() {
		return jdbc.queryForList("""
				WITH RECURSIVE types AS (
				    SELECT min(payloadtype) AS type FROM domainevententry
				    UNION ALL
				    SELECT (SELECT min(payloadtype) FROM domainevententry WHERE payloadtype > types.type)
				    FROM types WHERE types.type IS NOT NULL)
				SELECT type FROM types WHERE type IS NOT NULL""", String.class);
	}

	private Where where(HistoryFilter filter) {
		Where where = new Where();
		if (filter.aggregateId() != null) {
			where.and("aggregateidentifier = ?", filter.aggregateId());
		}
		if (filter.initiativeId() != null) {
			// A working group's events name the group, whose id is derived from its
			// initiative's.
			where.and("(audit_initiative(payload) = ? OR aggregateidentifier = ?)", filter.initiativeId().toString(),
					WorkingGroupId.of(new InitiativeId(filter.initiativeId())).toString());
		}
		if (filter.country() != null) {
			where.and("audit_countries(payload, metadata) @> ARRAY[CAST(? AS text)]", filter.country().name());
		}
		if (filter.type() != null) {
			List<String> types = typesNamed(filter.type());
			if (types.isEmpty()) {
				where.and("FALSE");
			}
			else {
				where.and("payloadtype IN (" + String.join(", ", Collections.nCopies(types.size(), "?")) + ")",
						types.toArray());
			}
		}
		if (filter.user() != null) {
			where.and("(audit_json(metadata) ->> 'actor') = ?", filter.user());
		}
		if (filter.correlationId() != null) {
			where.and("(audit_json(metadata) ->> 'correlationId') = ?", filter.correlationId());
		}
		if (filter.from() != null) {
			where.and("audit_recorded_at(timestamp) >= ?", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			where.and("audit_recorded_at(timestamp) < ?", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
		}
		return where;
	}

	/**
	 * A full name names itself, stored or not; a simple name every stored type it ends,
	 * after a dot or a $ (a nested class).
	 */
	private List<String> typesNamed(String type) {
		if (type.contains(".")) {
			return List.of(type);
		}
		return storedTypes().stream()
			.filter((stored) -> stored.equals(type) || stored.endsWith("." + type) || stored.endsWith("$" + type))
			.toList();
	}

	private StoredEvent event(ResultSet row, int rowNumber) throws SQLException {
		byte[] metadata = row.getBytes("metadata");
		byte[] payload = row.getBytes("payload");
		return new StoredEvent(row.getLong("globalindex"), row.getString("eventidentifier"), row.getString("type"),
				row.getString("aggregateidentifier"), row.getLong("sequencenumber"), row.getString("timestamp"),
				row.getString("payloadtype"), row.getString("payloadrevision"), parse(metadata), parse(payload),
				sha256(payload, metadata), base64(payload), base64(metadata));
	}

	/**
	 * The stored JSON, or null when it is none: the raw bytes still say what is there.
	 */
	private JsonNode parse(byte[] stored) {
		if (stored == null) {
			return null;
		}
		try {
			return json.readTree(stored);
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static String base64(byte[] stored) {
		return (stored == null) ? null : Base64.getEncoder().encodeToString(stored);
	}

	private static String sha256(byte[] payload, byte[] metadata) {
		byte[] both = (metadata == null) ? payload : concat(payload, metadata);
		return Sha256.of(both).hex();
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	/** The conditions of a query and the values of their parameters, in order. */
	private static final class Where {

		private final List<String> conditions = new ArrayList<>();

		private final List<Object> values = new ArrayList<>();

		Where and(String condition, Object... parameters) {
			conditions.add(condition);
			values.addAll(List.of(parameters));
			return this;
		}

		String sql() {
			return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		}

		Object[] arguments(Object... more) {
			List<Object> all = new ArrayList<>(values);
			all.addAll(List.of(more));
			return all.toArray();
		}

	}

}
