package org.cooperation.tracker.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Searches every column of every table in the public schema for a text, to prove that a
 * piece of personal data is nowhere (events, metadata, tokens, read models, anything a
 * later migration adds). Binary columns are searched as escaped text, so text stored in
 * them (serialized events and metadata) is found too.
 */
public final class TableScan {

	private TableScan() {
	}

	/**
	 * The columns, as {@code table.column}, holding a value that contains the text
	 * (ignoring case).
	 */
	public static List<String> columnsContaining(Connection connection, String text) throws SQLException {
		List<String[]> columns = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("""
				SELECT c.table_name, c.column_name, c.data_type
				FROM information_schema.columns c
				JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
				WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
				ORDER BY c.table_name, c.ordinal_position"""); ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				columns.add(new String[] { rows.getString(1), rows.getString(2), rows.getString(3) });
			}
		}
		List<String> found = new ArrayList<>();
		for (String[] column : columns) {
			String name = quoted(column[1]);
			String asText = "bytea".equals(column[2]) ? "encode(" + name + ", 'escape')" : name + "::text";
			try (PreparedStatement search = connection
				.prepareStatement("SELECT count(*) FROM " + quoted(column[0]) + " WHERE " + asText + " ILIKE ?")) {
				search.setString(1, "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
				try (ResultSet count = search.executeQuery()) {
					count.next();
					if (count.getLong(1) > 0) {
						found.add(column[0] + "." + column[1]);
					}
				}
			}
		}
		return found;
	}

	/** How many tables and columns a scan looks at: a scan of nothing proves nothing. */
	public static int columnCount(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public'");
				ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private static String quoted(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
