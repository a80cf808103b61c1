package org.cooperation.tracker.query.replay;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeEach;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatusChanged;
import org.cooperation.tracker.kernel.initiative.ProgressPercent;
import org.cooperation.tracker.kernel.initiative.ProgressReportId;
import org.cooperation.tracker.kernel.initiative.ProgressReported;
import org.cooperation.tracker.query.ApiInEnglish;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.health.CommandSideTables;
import org.cooperation.tracker.query.health.ProjectionHealth;
import org.cooperation.tracker.query.health.ProjectionState;
import org.cooperation.tracker.testing.TestPostgres;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole query side on a database of its own, whose event store the tests append to as
 * the command side would, with its tracking processors running: a replay reads the real
 * store and pauses real processors. Signed in as an auditor.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ApiInEnglish.class)
@WithMockUser(username = "auditor-kz", roles = "AUDITOR")
abstract class ReplayTestBase {

	static final Duration PATIENCE = Duration.ofSeconds(90);

	private static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected ObjectMapper json;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected EventStorageEngine storageEngine;

	@Autowired
	protected ProjectionHealth health;

	@Autowired
	protected ReplayableProjections replayable;

	/** Behind the application's back: altering read models, holding locks. */
	protected final JdbcTemplate superuser = new JdbcTemplate(
			new DriverManagerDataSource(DATABASE.url(), DATABASE.user(), DATABASE.password()));

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		DATABASE.registerAsDataSource(registry);
	}

	@BeforeEach
	void eventTable() {
		CommandSideTables.createEventTableOnce(DATABASE);
	}

	/**
	 * A protocol and {@code initiatives} initiatives of the five members, each moved to
	 * AGREED and PREPARING by every member with a progress report after each step: 2 + 1
	 * + 16 events an initiative (the demo story's shape, many times over).
	 */
	protected List<InitiativeId> recordInitiatives(int initiatives) {
		List<GenericDomainEventMessage<?>> protocol = List.of(
				new GenericDomainEventMessage<>("Protocol", Fixtures.TASHKENT.toString(), 0,
						Fixtures.protocolRecorded(), Fixtures.secretariat()),
				new GenericDomainEventMessage<>("Protocol", Fixtures.TASHKENT.toString(), 1,
						Fixtures.culturalExchangeAgreed(), Fixtures.secretariat()));
		if (head() < 0) {
			storageEngine.appendEvents(protocol);
		}
		List<InitiativeId> recorded = new ArrayList<>();
		for (int i = 0; i < initiatives; i++) {
			InitiativeId initiative = InitiativeId.random();
			List<GenericDomainEventMessage<?>> events = new ArrayList<>();
			String aggregate = initiative.toString();
			events.add(new GenericDomainEventMessage<>("Initiative", aggregate, 0,
					new InitiativeProposed(initiative, Fixtures.TASHKENT, Fixtures.CULTURAL_EXCHANGE,
							InitiativeKind.OTHER,
							new LocalizedText("Бастама " + i, "Инициатива " + i, "Initiative " + i), null, Country.KZ,
							Fixtures.MEMBERS),
					Fixtures.secretariat()));
			long sequence = 1;
			for (Country country : Fixtures.MEMBERS) {
				events.add(statusChange(initiative, sequence++, country, ParticipationStatus.PROPOSED,
						ParticipationStatus.AGREED, LocalDate.of(2025, 12, 1)));
				events.add(progress(initiative, sequence++, country, 10));
				events.add(statusChange(initiative, sequence++, country, ParticipationStatus.AGREED,
						ParticipationStatus.PREPARING, LocalDate.of(2026, 2, 1)));
			}
			storageEngine.appendEvents(events);
			recorded.add(initiative);
		}
		return recorded;
	}

	protected static GenericDomainEventMessage<?> statusChange(InitiativeId initiative, long sequence, Country country,
			ParticipationStatus from, ParticipationStatus to, LocalDate effectiveOn) {
		return new GenericDomainEventMessage<>("Initiative", initiative.toString(), sequence,
				new ParticipationStatusChanged(initiative, country, from, to, effectiveOn, "Decided", List.of()),
				Fixtures.liaison(country, "corr-" + initiative + "-" + sequence));
	}

	protected static GenericDomainEventMessage<?> progress(InitiativeId initiative, long sequence, Country country,
			int percent) {
		return new GenericDomainEventMessage<>("Initiative", initiative.toString(), sequence,
				new ProgressReported(initiative, ProgressReportId.random(), country, new ProgressPercent(percent),
						LocalDate.of(2026, 1, 15), "Report " + sequence, List.of()),
				Fixtures.liaison(country, "corr-" + initiative + "-" + sequence));
	}

	protected long head() {
		return jdbc.queryForObject("SELECT coalesce(max(globalindex), -1) FROM domainevententry", Long.class);
	}

	/**
	 * Waits until every replayable read model's processor has applied the whole store.
	 */
	protected void awaitCaughtUp() {
		long head = head();
		Set<String> processors = replayable.all().keySet();
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
			health.refresh();
			return health.projections()
				.stream()
				.filter((state) -> processors.contains(state.processor()))
				.allMatch((state) -> state.running() && state.position() >= head);
		});
		health.refresh();
		assertThat(health.projections()).filteredOn((state) -> processors.contains(state.processor()))
			.extracting(ProjectionState::processor)
			.containsExactlyInAnyOrderElementsOf(processors);
	}

	/**
	 * Every replayable table's rows, as text, sorted: what two read models are compared
	 * by.
	 */
	protected Map<String, List<String>> readModel() {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		replayable.all()
			.values()
			.forEach((projection) -> projection.tables()
				.forEach((table) -> tables.put(table,
						superuser.queryForList("SELECT r::text FROM " + table + " r ORDER BY 1", String.class))));
		return tables;
	}

	/** Starts a replay over the API; its progress as first answered. */
	protected JsonNode startReplay(String body) throws Exception {
		String answer = mvc.perform(post("/api/replays").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(answer);
	}

	/** Follows the replay until it has finished; its last progress. */
	protected JsonNode awaitFinished(JsonNode started) {
		return awaitFinished(started, PATIENCE);
	}

	/** Follows the replay until it has finished, at most so long; its last progress. */
	protected JsonNode awaitFinished(JsonNode started, Duration patience) {
		String path = "/api/replays/" + started.path("replayId").asText();
		JsonNode[] last = new JsonNode[1];
		// In the test's thread: the signed-in auditor is the thread's.
		try {
			await().atMost(patience).pollInSameThread().pollInterval(Duration.ofMillis(100)).until(() -> {
				last[0] = json.readTree(mvc.perform(get(path))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
				String state = last[0].path("state").asText();
				return state.equals("DONE") || state.equals("FAILED");
			});
		}
		catch (ConditionTimeoutException ex) {
			// Where it stands and what the replay and processors are doing: a stuck
			// replay
			// is diagnosed from the test report alone.
			throw new AssertionError("the replay did not finish within " + patience + "; last progress: " + last[0]
					+ "\n" + threads("replay", "EventProcessor"), ex);
		}
		return last[0];
	}

	/** The stacks of the threads whose names contain any of the given parts. */
	protected static String threads(String... nameParts) {
		StringBuilder dump = new StringBuilder();
		Thread.getAllStackTraces().forEach((thread, stack) -> {
			for (String part : nameParts) {
				if (thread.getName().contains(part)) {
					dump.append('"').append(thread.getName()).append("\" ").append(thread.getState()).append('\n');
					for (StackTraceElement frame : stack) {
						dump.append("\tat ").append(frame).append('\n');
					}
					return;
				}
			}
		});
		return dump.toString();
	}

}
