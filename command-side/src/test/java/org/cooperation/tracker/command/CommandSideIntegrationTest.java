package org.cooperation.tracker.command;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import org.cooperation.tracker.testing.TestPostgres;

/**
 * The command side running for real on a real PostgreSQL, over real HTTP, with its demo
 * accounts and rate limits no test reaches (RateLimitTest tests them). Subclasses share
 * one application context and one database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tracker.access.rate-limit.per-minute=600000", "tracker.access.rate-limit.burst=10000",
				"tracker.access.failed-sign-ins.burst=10000" })
public abstract class CommandSideIntegrationTest {

	private static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcTemplate jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		DATABASE.registerAsDataSource(registry);
	}

	protected long storedEvents() {
		return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
	}

	/**
	 * An HTTP client signed in as one of the demo accounts (password
	 * {@code demo-<name>}); answers of every status are returned, not thrown.
	 */
	protected RestClient signedInAs(String user) {
		return RestClient.builder()
			.baseUrl(baseUrl())
			.defaultHeaders((headers) -> headers.setBasicAuth(user, "demo-" + user))
			.defaultStatusHandler((status) -> true, (req, res) -> {
			})
			.build();
	}

	protected String baseUrl() {
		return "http://localhost:" + port;
	}

}
