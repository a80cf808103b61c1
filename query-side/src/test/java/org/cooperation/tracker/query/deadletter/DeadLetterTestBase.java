package org.cooperation.tracker.query.deadletter;

import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import org.cooperation.tracker.query.health.CommandSideTables;
import org.cooperation.tracker.query.health.ProjectionHealth;
import org.cooperation.tracker.testing.TestPostgres;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole query side on a database of its own, whose event store the tests write into
 * directly (bypassing the command side), with parked events retried automatically twice
 * within a second, then left for an admin. The tests of this package share it, so it
 * starts once.
 */
@SpringBootTest(properties = { "tracker.dead-letters.automatic-retries=2",
		"tracker.dead-letters.first-retry-after=PT0.3S", "tracker.dead-letters.check-every=PT0.2S" })
@AutoConfigureMockMvc
@Import(PoisonSensitiveProjection.class)
@WithMockUser(username = "admin", roles = "ADMIN")
abstract class DeadLetterTestBase {

	private static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected ObjectMapper json;

	/** The application's own connections: its role's rights, no more. */
	@Autowired
	protected JdbcTemplate jdbc;

	/**
	 * The superuser, for what a test does behind the application's back (emptying read
	 * models, tampering with stored events): nothing the application's role may do.
	 */
	protected final JdbcTemplate superuser = new JdbcTemplate(
			new DriverManagerDataSource(DATABASE.url(), DATABASE.user(), DATABASE.password()));

	@Autowired
	protected EventStorageEngine storageEngine;

	@Autowired
	protected ProjectionHealth health;

	@Autowired
	protected MeterRegistry meters;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		DATABASE.registerAsDataSource(registry);
	}

	/** The command side creates the event table; here the test does. */
	@BeforeEach
	void eventTable() {
		CommandSideTables.createEventTableOnce(DATABASE);
	}

	/** Appends the events in one transaction, as one command's events are. */
	protected void append(List<GenericDomainEventMessage<?>> events) {
		storageEngine.appendEvents(events);
	}

	protected long head() {
		return jdbc.queryForObject("SELECT coalesce(max(globalindex), -1) FROM domainevententry", Long.class);
	}

	/** What the admin endpoint lists as parked by the processor. */
	protected List<JsonNode> parkedEvents(String processor) throws Exception {
		JsonNode list = okJson(get("/api/admin/dead-letters").param("processor", processor));
		return StreamSupport.stream(list.spliterator(), false).toList();
	}

	/** The processor's entry in {@code /actuator/projections}. */
	protected JsonNode projectionState(String processor) throws Exception {
		JsonNode body = okJson(get("/actuator/projections"));
		for (JsonNode state : body.path("projections")) {
			if (state.path("processor").asText().equals(processor)) {
				return state;
			}
		}
		throw new AssertionError("no state for " + processor + " in " + body);
	}

	/**
	 * Asks the admin endpoint to retry what the processor parked; the outcome it answers
	 * with 200.
	 */
	protected JsonNode retryParked(String processor) throws Exception {
		return okJson(post("/api/admin/dead-letters/" + processor + "/retry"));
	}

	/** Sends the request, which must be answered 200, and reads the answer's JSON. */
	protected JsonNode okJson(RequestBuilder request) throws Exception {
		return json
			.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
