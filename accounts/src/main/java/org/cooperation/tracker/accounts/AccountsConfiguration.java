package org.cooperation.tracker.accounts;

import java.sql.DriverManager;
import java.time.Clock;
import java.util.Properties;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The accounts in an application: each application imports this itself. The schema is
 * migrated before anything reads or writes the table.
 */
@Configuration(proxyBeanMethods = false)
public class AccountsConfiguration {

	/**
	 * Migrated as the application's own migrations are: on the DataSource Spring Boot
	 * gives its Flyway, which connects as the owner role ({@code spring.flyway.user}), so
	 * the table belongs to the owner and the application's role only uses it.
	 */
	@Bean
	AccountsSchema accountsSchema(DataSource dataSource, ObjectProvider<Flyway> applicationMigrations) {
		Flyway migrations = applicationMigrations.getIfAvailable();
		return AccountsSchema
			.migrate((migrations != null) ? migrations.getConfiguration().getDataSource() : dataSource);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	BuiltInUsers builtInUsers(JdbcTemplate jdbc, AccountsSchema schema) {
		return new BuiltInUsers(jdbc);
	}

	@Bean
	UserAccounts userAccounts(JdbcTemplate jdbc, PasswordEncoder passwords, ObjectProvider<Clock> clock,
			AccountChangeNotifications changes, AccountsSchema schema) {
		return new UserAccounts(jdbc, passwords, clock.getIfAvailable(Clock::systemUTC), changes);
	}

	/**
	 * On a connection of its own, outside the pool: it is held for as long as the
	 * application runs, and must not take a place requests need.
	 */
	@Bean
	AccountChangeNotifications accountChangeNotifications(DataSourceProperties database,
			ObjectProvider<AccountChangeListener> listeners) {
		return new AccountChangeNotifications(() -> {
			Properties settings = new Properties();
			setIfPresent(settings, "user", database.determineUsername());
			setIfPresent(settings, "password", database.determinePassword());
			settings.setProperty("ApplicationName", "tracker account changes");
			settings.setProperty("connectTimeout", "5");
			settings.setProperty("tcpKeepAlive", "true");
			return DriverManager.getConnection(database.determineUrl(), settings);
		}, listeners);
	}

	@Bean
	@ConditionalOnProperty(name = "tracker.access.demo-users", havingValue = "true")
	DemoUsers demoUsers(UserAccounts accounts) {
		return new DemoUsers(accounts);
	}

	private static void setIfPresent(Properties settings, String name, String value) {
		if (value != null) {
			settings.setProperty(name, value);
		}
	}

}
