package org.cooperation.tracker.query.replay;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tables a replay builds beside the live read model: same names and shape (columns,
 * keys, indexes, defaults) in the schema {@value #SCHEMA}, which migration V13 lets the
 * application's role create tables in. A transaction that puts that schema first on its
 * search path ({@link #writeHere()}) sends the projections' unqualified statements there,
 * so they rebuild without knowing they do.
 */
@Component
public class ShadowTables {

	static final String SCHEMA = "replay_build";

	private final JdbcTemplate jdbc;

	private volatile String liveSchema;

	public ShadowTables(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Empty copies of the live tables, replacing any a former replay left. */
	public void recreate(Collection<String> tables) {
		drop(tables);
		for (String table : tables) {
			jdbc.execute("CREATE TABLE " + shadow(table) + " (LIKE " + live(table) + " INCLUDING ALL)");
		}
	}

	public void drop(Collection<String> tables) {
		for (String table : List.copyOf(tables)) {
			jdbc.execute("DROP TABLE IF EXISTS " + shadow(table));
		}
	}

	/**
	 * From here to the end of the current transaction, unqualified names find the rebuilt
	 * tables first (and everything else, the event table included, where it always is).
	 */
	public void writeHere() {
		jdbc.execute("SET LOCAL search_path TO " + SCHEMA + ", " + quoted(liveSchema()));
	}

	/**
	 * From here to the end of the current transaction, unqualified names find the live
	 * tables again. Whatever the persistence context still holds must be flushed before.
	 */
	public void writeLive() {
		jdbc.execute("SET LOCAL search_path TO " + quoted(liveSchema()));
	}

	/** The rebuilt table, qualified. */
	String shadow(String table) {
		return SCHEMA + "." + quoted(table);
	}

	/** The live table, qualified. */
	String live(String table) {
		return quoted(liveSchema()) + "." + quoted(table);
	}

	/** The schema the application's tables live in: the first on its search path. */
	String liveSchema() {
		String schema = liveSchema;
		if (schema == null) {
			schema = jdbc.queryForObject("SELECT current_schema()", String.class);
			liveSchema = schema;
		}
		return schema;
	}

	/**
	 * Names come from annotations and the catalog, never from a request; quoted anyway.
	 */
	static String quoted(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

}
