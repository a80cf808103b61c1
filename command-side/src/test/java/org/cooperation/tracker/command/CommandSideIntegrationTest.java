package org.cooperation.tracker.command;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.cooperation.tracker.testing.TestPostgres;

/**
 * The command side running for real on a real PostgreSQL, over real HTTP. Subclasses
 * share one application context and one database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class CommandSideIntegrationTest {

	private static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcTemplate jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", DATABASE::url);
		registry.add("spring.datasource.username", DATABASE::user);
		registry.add("spring.datasource.password", DATABASE::password);
	}

	protected long storedEvents() {
		return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
	}

	protected String baseUrl() {
		return "http://localhost:" + port;
	}

}
