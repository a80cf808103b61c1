package org.cooperation.tracker.query.eventstore;

import java.time.Duration;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.cooperation.tracker.query.QuerySideApplication;
import org.cooperation.tracker.query.health.CommandSideTables;
import org.cooperation.tracker.testing.TestPostgres;

import static org.cooperation.tracker.query.QuerySideTestBase.CORE_PROCESSING_GROUPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The query side started before the command side has created the event table: the
 * processors start, claim their segments and wait, none in error. Started here on a
 * database of its own rather than in the shared test context, whose database other test
 * classes give an event table in whatever order the build runs them.
 */
class ProcessorsBeforeTheEventTableTest {

	private ConfigurableApplicationContext application;

	@AfterEach
	void closeApplication() {
		if (application != null) {
			application.close();
		}
	}

	@Test
	void processorsStartAndWaitWhileTheEventTableDoesNotExistYet() {
		TestPostgres.Database database = TestPostgres.newDatabase();
		application = new SpringApplicationBuilder(QuerySideApplication.class)
			.run(database.applicationArguments("--server.port=0"));
		JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
		assertThat(CommandSideTables.eventTableExists(jdbc))
			.as("the command side has not created its table in this database yet")
			.isFalse();

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			Integer tokens = jdbc.queryForObject(
					"SELECT count(*) FROM tokenentry WHERE processorname IN (?, ?, ?) AND segment = 0", Integer.class,
					CORE_PROCESSING_GROUPS.toArray());
			assertThat(tokens).as("each processor claimed its segment").isEqualTo(CORE_PROCESSING_GROUPS.size());
		});
		EventProcessingConfiguration processing = application.getBean(EventProcessingConfiguration.class);
		for (String group : CORE_PROCESSING_GROUPS) {
			TrackingEventProcessor processor = processing.eventProcessor(group, TrackingEventProcessor.class)
				.orElseThrow();
			assertThat(processor.isRunning()).as("%s runs", group).isTrue();
			assertThat(processor.isError()).as("%s is not in error", group).isFalse();
		}
		assertThat(CommandSideTables.eventTableExists(jdbc)).as("still no event table: the processors only waited")
			.isFalse();
	}

}
