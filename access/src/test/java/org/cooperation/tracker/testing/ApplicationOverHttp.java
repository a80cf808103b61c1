package org.cooperation.tracker.testing;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One of the tracker's applications serving real HTTP on its own embedded PostgreSQL: the
 * part both sides' over-HTTP test bases share. Each side's base adds its
 * {@code @SpringBootTest} and its own helpers; the database is made once a test run, as
 * the subclasses share one application context.
 */
public abstract class ApplicationOverHttp {

	protected static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	@LocalServerPort
	protected int port;

	/** The application's own connections: its role's rights, no more. */
	@Autowired
	protected JdbcTemplate jdbc;

	/**
	 * The superuser, for what a test does behind the application's back (triggers that
	 * slow or break its writes, tampering): nothing the application's role may do.
	 */
	protected final JdbcTemplate superuser = new JdbcTemplate(
			new DriverManagerDataSource(DATABASE.url(), DATABASE.user(), DATABASE.password()));

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		DATABASE.registerAsDataSource(registry);
	}

}
