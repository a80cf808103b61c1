package org.cooperation.tracker.query;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import org.cooperation.tracker.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V7 on a development database that V6 left with read models and tokens: the read models
 * that cannot know their versions are emptied and their processors sent back to the first
 * event, the three that knew them keep their rows under the common column name.
 */
class AggregateVersionsMigrationTest {

	private static final UUID PROTOCOL = UUID.fromString("0b6a3f0e-7c1d-4f7e-9a52-000000000001");

	private static final UUID SUBMISSION = UUID.fromString("0b6a3f0e-7c1d-4f7e-9a52-000000000002");

	private JdbcTemplate jdbc;

	private Flyway flyway;

	@BeforeEach
	void aDatabaseAtVersion6WithProjectedRows() {
		TestPostgres.Database database = TestPostgres.newDatabase();
		DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.user(),
				database.password());
		jdbc = new JdbcTemplate(dataSource);
		flyway = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/query")
			.table("flyway_query_history")
			.target("6")
			.load();
		flyway.migrate();
		jdbc.update(
				"INSERT INTO rm_protocol (protocol_id, place, recorded_at, sample) VALUES (?, 'Tashkent', now(), false)",
				PROTOCOL);
		jdbc.update(
				"""
						INSERT INTO rm_calendar_submission (submission_id, initiative_id, country, edition_year, state, revision,
						                                    submitted_at, last_changed_at, last_sequence, sample)
						VALUES (?, ?, 'KZ', 2026, 'INCLUDED', 1, now(), now(), 4, false)""",
				SUBMISSION, UUID.randomUUID());
		for (String processor : new String[] { "protocols", "initiatives", "cultural-tour-programmes",
				"cultural-tour-films", "brand-working-group", "calendar", "participation-history" }) {
			jdbc.update("INSERT INTO tokenentry (processorname, segment, owner) VALUES (?, 0, null)", processor);
		}
	}

	@Test
	void readModelsWithoutVersionsAreRebuiltAndTheOthersKeepTheirs() {
		Flyway.configure()
			.dataSource(flyway.getConfiguration().getDataSource())
			.locations("classpath:db/query")
			.table("flyway_query_history")
			.load()
			.migrate();

		assertThat(jdbc.queryForObject("SELECT count(*) FROM rm_protocol", Integer.class)).isZero();
		assertThat(jdbc.queryForList("SELECT processorname FROM tokenentry ORDER BY processorname", String.class))
			.as("only the processors of untouched read models keep their place")
			.containsExactly("calendar", "participation-history");
		assertThat(jdbc.queryForObject("SELECT aggregate_version FROM rm_calendar_submission WHERE submission_id = ?",
				Long.class, SUBMISSION))
			.isEqualTo(4);
		for (String table : new String[] { "rm_protocol", "rm_initiative", "rm_tour_programme", "rm_tour_film",
				"rm_working_group", "rm_calendar_submission", "rm_archive_copy", "rm_marketplace_listing" }) {
			assertThat(jdbc.queryForObject("""
					SELECT count(*) FROM information_schema.columns
					WHERE table_name = ? AND column_name = 'aggregate_version' AND is_nullable = 'NO'""", Integer.class,
					table))
				.as("%s.aggregate_version", table)
				.isEqualTo(1);
		}
	}

}
