package org.cooperation.tracker.benchmark;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cooperation.tracker.eventstore.ConcurrentAppends;

/**
 * The history the figures are taken on. The README's story through the REST API (the
 * secretariat records the protocol and proposes initiatives, each country's liaison moves
 * its status and reports progress), then volume by SQL: the story's events copied, as the
 * tables' owner, under new initiative ids (the id rewritten in the payload too, each
 * progress report given an id of its own), so that a million events load in minutes
 * rather than the hours the API would take.
 */
final class History {

	static final List<String> COUNTRIES = List.of("KZ", "UZ", "KG", "TJ", "TM", "AZ");

	private static final String COLUMNS = "eventidentifier, aggregateidentifier, sequencenumber, type, timestamp, "
			+ "payloadtype, payloadrevision, payload, metadata";

	/**
	 * A copied event's payload: the template's initiative id replaced by the copy's, and
	 * a progress report's id (a plain string or a {"value": ...} object) by a new one.
	 */
	private static final String COPIED_PAYLOAD = "convert_to(regexp_replace(replace(convert_from(t.payload, 'UTF8'), "
			+ "?, x.id::text), '(\"reportId\"\\s*:\\s*(\\{\\s*\"value\"\\s*:\\s*)?\")[0-9a-f-]{36}', "
			+ "'\\1' || gen_random_uuid()::text), 'UTF8')";

	private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	/**
	 * The story's records: the template initiative every copy comes from, and a short
	 * one.
	 */
	record Story(UUID protocolId, UUID template, UUID shortRecord) {
	}

	static String liaison(String country) {
		return "liaison-" + country.toLowerCase();
	}

	/**
	 * The README's story: the protocol, an initiative every country moves and reports on,
	 * and a short one.
	 */
	static Story tell(TrackerApi api) {
		Map<String, Object> protocol = new LinkedHashMap<>();
		protocol.put("meetingDate", "2025-11-14");
		protocol.put("place", "Tashkent");
		protocol.put("meetingTitle",
				Map.of("en", "First meeting of the culture ministers of the Central Asian countries"));
		List<Map<String, String>> parties = new ArrayList<>();
		for (String country : COUNTRIES) {
			parties.add(Map.of("country", country, "role", country.equals("AZ") ? "HONORARY_GUEST" : "MEMBER"));
		}
		protocol.put("parties", parties);
		protocol.put("directions",
				List.of(Map.of("title", Map.of("en", "Cultural events, touring programmes and cinema"))));
		var recorded = api.write("POST", "/api/protocols", "secretariat", protocol, null)
			.expectOk("recording the protocol")
			.json();
		UUID protocolId = UUID.fromString(recorded.get("protocolId").asText());
		UUID directionId = UUID.fromString(recorded.get("directionIds").get(0).asText());
		UUID template = propose(api, protocolId, directionId, "Central Asian cultural calendar");
		for (String country : COUNTRIES) {
			changeStatus(api, template, country, "AGREED", TODAY.minusDays(30));
			changeStatus(api, template, country, "PREPARING", TODAY.minusDays(20));
			reportProgress(api, template, country, 10);
		}
		// Ten events: proposed, six agreements, three reports.
		UUID shortRecord = propose(api, protocolId, directionId, "Short record");
		for (String country : COUNTRIES) {
			changeStatus(api, shortRecord, country, "AGREED", TODAY.minusDays(30));
		}
		for (int i = 0; i < 3; i++) {
			reportProgress(api, shortRecord, "KZ", 10 + i);
		}
		return new Story(protocolId, template, shortRecord);
	}

	private static UUID propose(TrackerApi api, UUID protocolId, UUID directionId, String title) {
		Map<String, Object> initiative = new LinkedHashMap<>();
		initiative.put("protocolId", protocolId);
		initiative.put("directionId", directionId);
		initiative.put("kind", "CULTURAL_CALENDAR");
		initiative.put("title", Map.of("en", title));
		initiative.put("proposedBy", "KZ");
		initiative.put("participants", COUNTRIES);
		return UUID.fromString(api.write("POST", "/api/initiatives", "secretariat", initiative, null)
			.expectOk("proposing an initiative")
			.json()
			.get("initiativeId")
			.asText());
	}

	private static void changeStatus(TrackerApi api, UUID initiative, String country, String status, LocalDate on) {
		api.write("PUT", "/api/initiatives/" + initiative + "/countries/" + country + "/status", liaison(country),
				Map.of("status", status, "effectiveOn", on.toString(), "note", "Ministry order"), null)
			.expectOk("moving " + country + " to " + status);
	}

	private static void reportProgress(TrackerApi api, UUID initiative, String country, int percent) {
		api.write("POST", "/api/initiatives/" + initiative + "/countries/" + country + "/progress-reports",
				liaison(country), Map.of("percent", percent, "note", "Draft calendar sent to the secretariat"), null)
			.expectOk("reporting progress for " + country);
	}

	/**
	 * Copies of the template initiative, with all its events, under new ids; returns the
	 * ids.
	 */
	static List<UUID> copyInitiative(Connection owner, UUID template, int copies) throws SQLException {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < copies; i++) {
			ids.add(UUID.randomUUID());
		}
		try (PreparedStatement insert = owner.prepareStatement("INSERT INTO domainevententry (" + COLUMNS + ") "
				+ "SELECT gen_random_uuid()::text, x.id::text, t.sequencenumber, t.type, t.timestamp, t.payloadtype, "
				+ "t.payloadrevision, " + COPIED_PAYLOAD + ", t.metadata "
				+ "FROM unnest(?::uuid[]) WITH ORDINALITY AS x(id, n) "
				+ "CROSS JOIN domainevententry t WHERE t.aggregateidentifier = ? ORDER BY x.n, t.sequencenumber")) {
			insert.setString(1, template.toString());
			insert.setArray(2, owner.createArrayOf("uuid", ids.toArray()));
			insert.setString(3, template.toString());
			appendInOneTransaction(owner, insert);
		}
		return ids;
	}

	/**
	 * Appends copies of the template's first progress report to each target, interleaved
	 * as liaisons would file them (target by target within each round), in statements of
	 * about 50,000 rows; each target's sequence numbers go on from its last event.
	 */
	static void appendProgressReports(Connection owner, UUID template, List<UUID> targets, int eachTarget)
			throws SQLException {
		if (targets.isEmpty() || eachTarget <= 0) {
			return;
		}
		Map<UUID, Long> last = versions(owner, targets);
		Long[] bases = targets.stream().map(last::get).toArray(Long[]::new);
		long report = firstProgressReport(owner, template);
		int rounds = Math.max(1, 50_000 / targets.size());
		Array ids = owner.createArrayOf("uuid", targets.toArray());
		Array baseArray = owner.createArrayOf("bigint", bases);
		try (PreparedStatement insert = owner.prepareStatement("INSERT INTO domainevententry (" + COLUMNS + ") "
				+ "SELECT gen_random_uuid()::text, x.id::text, x.base + g, t.type, "
				+ "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), "
				+ "t.payloadtype, t.payloadrevision, " + COPIED_PAYLOAD + ", t.metadata "
				+ "FROM generate_series(?, ?) g CROSS JOIN unnest(?::uuid[], ?::bigint[]) WITH ORDINALITY AS x(id, base, n) "
				+ "CROSS JOIN (SELECT * FROM domainevententry WHERE globalindex = ?) t ORDER BY g, x.n")) {
			for (int from = 1; from <= eachTarget; from += rounds) {
				insert.setString(1, template.toString());
				insert.setInt(2, from);
				insert.setInt(3, Math.min(eachTarget, from + rounds - 1));
				insert.setArray(4, ids);
				insert.setArray(5, baseArray);
				insert.setLong(6, report);
				appendInOneTransaction(owner, insert);
			}
		}
	}

	/**
	 * Runs one bulk INSERT as the command side appends: in a transaction that holds the
	 * shared "append" lock from before its first position is drawn, so the query side's
	 * readers wait below its positions until it commits instead of passing them for ever
	 * (ReadHorizon).
	 */
	private static void appendInOneTransaction(Connection owner, PreparedStatement insert) throws SQLException {
		boolean autoCommit = owner.getAutoCommit();
		owner.setAutoCommit(false);
		try (Statement appending = owner.createStatement()) {
			appending.execute("SELECT pg_advisory_xact_lock_shared(" + ConcurrentAppends.APPENDING + ")");
			insert.executeUpdate();
			owner.commit();
		}
		catch (SQLException ex) {
			owner.rollback();
			throw ex;
		}
		finally {
			owner.setAutoCommit(autoCommit);
		}
	}

	private static long firstProgressReport(Connection owner, UUID template) throws SQLException {
		try (PreparedStatement select = owner.prepareStatement("SELECT min(globalindex) FROM domainevententry "
				+ "WHERE aggregateidentifier = ? AND payloadtype LIKE '%.ProgressReported'")) {
			select.setString(1, template.toString());
			try (ResultSet row = select.executeQuery()) {
				row.next();
				return row.getLong(1);
			}
		}
	}

	/**
	 * Each record's version: the sequence number of its last event, as its ETag gives it.
	 */
	static Map<UUID, Long> versions(Connection connection, List<UUID> records) throws SQLException {
		Map<UUID, Long> versions = new HashMap<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT aggregateidentifier, max(sequencenumber) "
				+ "FROM domainevententry WHERE aggregateidentifier = ANY (?) GROUP BY aggregateidentifier")) {
			select.setArray(1, connection.createArrayOf("varchar", records.stream().map(UUID::toString).toArray()));
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					versions.put(UUID.fromString(rows.getString(1)), rows.getLong(2));
				}
			}
		}
		return versions;
	}

	static long eventCount(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet count = statement.executeQuery("SELECT count(*) FROM domainevententry")) {
			count.next();
			return count.getLong(1);
		}
	}

}
