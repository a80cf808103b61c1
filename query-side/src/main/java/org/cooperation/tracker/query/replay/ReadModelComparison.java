package org.cooperation.tracker.query.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cooperation.tracker.query.replay.TableComparison.Kind;
import org.cooperation.tracker.query.replay.TableComparison.RowDifference;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Compares a rebuilt table with the live one in the database, without moving either
 * table's rows into the application: each row as JSON ({@code to_jsonb}), matched by
 * primary key, so the counts cost one pass over each table and only the unequal rows (at
 * most {@link TableComparison#LISTED}) come back to be listed.
 */
@Component
class ReadModelComparison {

	private static final TypeReference<LinkedHashMap<String, Object>> ROW = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final ShadowTables shadow;

	private final ObjectMapper json;

	ReadModelComparison(JdbcTemplate jdbc, ShadowTables shadow, ObjectMapper json) {
		this.jdbc = jdbc;
		this.shadow = shadow;
		this.json = json;
	}

	TableComparison compare(String processor, String table) {
		String rows = rows(table);
		Map<String, Object> counts = jdbc
			.queryForMap(rows + " SELECT count(c.k) AS current_rows, count(b.k) AS rebuilt_rows, "
					+ "count(*) FILTER (WHERE c.r = b.r) AS equal, "
					+ "count(*) FILTER (WHERE c.k IS NOT NULL AND b.k IS NOT NULL AND c.r <> b.r) AS differing, "
					+ "count(*) FILTER (WHERE b.k IS NULL) AS only_current, "
					+ "count(*) FILTER (WHERE c.k IS NULL) AS only_rebuilt FROM c FULL JOIN b ON c.k = b.k");
		List<RowDifference> differences = jdbc.query(
				rows + " SELECT coalesce(c.k, b.k)::text AS k, c.r::text AS current, "
						+ "b.r::text AS rebuilt FROM c FULL JOIN b ON c.k = b.k WHERE c.r IS DISTINCT FROM b.r "
						+ "ORDER BY coalesce(c.k, b.k)::text LIMIT " + TableComparison.LISTED,
				(row, index) -> difference(row.getString("k"), row.getString("current"), row.getString("rebuilt")));
		return new TableComparison(processor, table, count(counts, "current_rows"), count(counts, "rebuilt_rows"),
				count(counts, "equal"), count(counts, "differing"), count(counts, "only_current"),
				count(counts, "only_rebuilt"), differences);
	}

	/**
	 * The two tables' rows as (key, row) pairs: c for the live table, b for the rebuilt.
	 */
	private String rows(String table) {
		String key = primaryKey(table).stream()
			.map((column) -> "'" + column.replace("'", "''") + "', t." + ShadowTables.quoted(column))
			.collect(Collectors.joining(", ", "jsonb_build_object(", ")"));
		return "WITH c AS (SELECT " + key + " AS k, to_jsonb(t) AS r FROM " + shadow.live(table) + " t), b AS (SELECT "
				+ key + " AS k, to_jsonb(t) AS r FROM " + shadow.shadow(table) + " t)";
	}

	/** The live table's primary key columns, in key order. */
	private List<String> primaryKey(String table) {
		List<String> columns = jdbc.queryForList(
				"SELECT a.attname FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) "
						+ "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
						+ "WHERE i.indrelid = to_regclass(?) AND i.indisprimary ORDER BY k.n",
				String.class, shadow.live(table));
		if (columns.isEmpty()) {
			throw new IllegalStateException(table + " has no primary key: its rows cannot be matched");
		}
		return columns;
	}

	private RowDifference difference(String key, String current, String rebuilt) {
		Map<String, Object> keyColumns = parse(key);
		if (current == null) {
			Map<String, Object> row = parse(rebuilt);
			return new RowDifference(keyColumns, Kind.ONLY_REBUILT, List.copyOf(row.keySet()), null, row);
		}
		if (rebuilt == null) {
			Map<String, Object> row = parse(current);
			return new RowDifference(keyColumns, Kind.ONLY_CURRENT, List.copyOf(row.keySet()), row, null);
		}
		Map<String, Object> was = parse(current);
		Map<String, Object> is = parse(rebuilt);
		List<String> columns = new ArrayList<>();
		Map<String, Object> currentValues = new LinkedHashMap<>();
		Map<String, Object> rebuiltValues = new LinkedHashMap<>();
		for (String column : was.keySet()) {
			if (!Objects.equals(was.get(column), is.get(column))) {
				columns.add(column);
				currentValues.put(column, was.get(column));
				rebuiltValues.put(column, is.get(column));
			}
		}
		return new RowDifference(keyColumns, Kind.DIFFERING, columns, currentValues, rebuiltValues);
	}

	private Map<String, Object> parse(String row) {
		try {
			return json.readValue(row, ROW);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("PostgreSQL's JSON of a row could not be read", ex);
		}
	}

	private static long count(Map<String, Object> counts, String name) {
		return ((Number) counts.get(name)).longValue();
	}

}
