package org.cooperation.tracker.command.health;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.jdbc.DataSourceHealthIndicator;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * "db" in {@code /actuator/health} and in the readiness group, checked on a connection of
 * its own. Spring Boot's check borrows from the request pool: while every pooled
 * connection served queued writers, the check waited for the pool's timeout too and
 * reported DOWN, and readiness took a busy but working instance out of service. A
 * separate pool of one answers whether the database can be reached, which is the question
 * readiness asks; it costs the database one more connection per instance.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, DisposableBean {

	private static final long CONNECTION_TIMEOUT_MILLIS = 2500;

	private static final long VALIDATION_TIMEOUT_MILLIS = 1000;

	private final HikariDataSource ownConnection;

	private final DataSourceHealthIndicator check;

	DatabaseHealth(DataSourceProperties database) {
		ownConnection = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		ownConnection.setPoolName("health-check");
		ownConnection.setMaximumPoolSize(1);
		ownConnection.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
		ownConnection.setValidationTimeout(VALIDATION_TIMEOUT_MILLIS);
		check = new DataSourceHealthIndicator(ownConnection, "SELECT 1");
	}

	@Override
	public Health health() {
		return check.health();
	}

	@Override
	public void destroy() {
		ownConnection.close();
	}

}
