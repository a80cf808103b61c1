package org.cooperation.tracker.query.replay;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Replays against a real event store with the live processors running: the rebuilt read
 * models equal the live ones, mend what was altered behind the processors' backs, and
 * equal what processors build from scratch even while liaisons keep writing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplayTest extends ReplayTestBase {

	@Autowired
	private EventProcessingConfiguration processing;

	@Test
	@Order(1)
	void aReplayOfEverythingFindsTheLiveReadModelsEqualAndLeavesThemSo() throws Exception {
		recordInitiatives(20);
		awaitCaughtUp();
		Map<String, List<String>> before = readModel();
		long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);

		JsonNode done = awaitFinished(startReplay("{}"));

		assertThat(done.path("state").asText()).as(done.toPrettyString()).isEqualTo("DONE");
		assertThat(done.path("processors")).extracting(JsonNode::asText)
			.containsExactlyElementsOf(replayable.all().keySet());
		assertThat(done.path("eventsTotal").asLong()).isEqualTo(events);
		assertThat(done.path("eventsDone").asLong()).isEqualTo(events);
		assertThat(done.path("percentDone").asInt()).isEqualTo(100);
		assertThat(done.path("eventsPerSecond").asDouble()).isPositive();
		JsonNode comparison = done.path("comparison");
		assertThat(comparison.path("identical").asBoolean()).as(comparison.toPrettyString()).isTrue();
		assertThat(comparison.path("rowsDiffering").asLong()).isZero();
		assertThat(comparison.path("rowsEqual").asLong())
			.isEqualTo(before.values().stream().mapToLong(List::size).sum());
		assertThat(comparison.path("tables")).hasSize(before.size());
		assertThat(readModel()).isEqualTo(before);
		assertThat(superuser.queryForObject(
				"SELECT count(*) FROM pg_tables WHERE schemaname = '" + ShadowTables.SCHEMA + "'", Integer.class))
			.as("the rebuilt tables are dropped")
			.isZero();
	}

	@Test
	@Order(2)
	void aReplayListsWhatWasAlteredAndMendsIt_andASecondReplayFindsNothingToMend() throws Exception {
		awaitCaughtUp();
		Map<String, List<String>> before = readModel();
		String initiative = superuser.queryForObject(
				"SELECT initiative_id::text FROM rm_initiative_participant ORDER BY 1 LIMIT 1", String.class);
		superuser.update("UPDATE rm_initiative_participant SET percent = 99 WHERE initiative_id = ?::uuid "
				+ "AND country = 'KZ'", initiative);
		// One row: a proposal has a row per country under the same event id.
		superuser.update("DELETE FROM rm_participation_history WHERE (event_id, country) = "
				+ "(SELECT event_id, country FROM rm_participation_history ORDER BY event_id, country LIMIT 1)");
		superuser.update("INSERT INTO rm_initiative (initiative_id, protocol_id, proposed_at, sample, "
				+ "aggregate_version) VALUES (gen_random_uuid(), gen_random_uuid(), now(), false, 0)");

		JsonNode done = awaitFinished(startReplay("{\"processors\": [\"initiatives\", \"participation-history\"]}"));

		assertThat(done.path("state").asText()).as(done.toPrettyString()).isEqualTo("DONE");
		JsonNode comparison = done.path("comparison");
		assertThat(comparison.path("identical").asBoolean()).isFalse();
		assertThat(comparison.path("rowsDiffering").asLong()).isEqualTo(3);
		Map<String, JsonNode> tables = byTable(comparison);
		assertThat(tables).containsOnlyKeys("rm_initiative", "rm_initiative_participant", "rm_participation_history");
		JsonNode participant = tables.get("rm_initiative_participant");
		assertThat(participant.path("differing").asLong()).isEqualTo(1);
		JsonNode difference = participant.path("differences").get(0);
		assertThat(difference.path("kind").asText()).isEqualTo("DIFFERING");
		assertThat(difference.path("key").path("initiative_id").asText()).isEqualTo(initiative);
		assertThat(difference.path("key").path("country").asText()).isEqualTo("KZ");
		assertThat(difference.path("columns")).extracting(JsonNode::asText).containsExactly("percent");
		assertThat(difference.path("current").path("percent").asInt()).isEqualTo(99);
		assertThat(difference.path("rebuilt").path("percent").asInt()).isEqualTo(10);
		assertThat(tables.get("rm_participation_history").path("onlyRebuilt").asLong()).isEqualTo(1);
		assertThat(tables.get("rm_initiative").path("onlyCurrent").asLong()).isEqualTo(1);
		assertThat(tables.get("rm_initiative").path("differences").get(0).path("kind").asText())
			.isEqualTo("ONLY_CURRENT");
		assertThat(readModel()).as("the replay put back what the events say").isEqualTo(before);

		JsonNode again = awaitFinished(startReplay("{\"processors\": [\"initiatives\", \"participation-history\"]}"));
		assertThat(again.path("comparison").path("identical").asBoolean()).isTrue();
		assertThat(again.path("comparison").path("rowsEqual").asLong())
			.isEqualTo(comparison.path("rowsEqual").asLong() + 2);
		assertThat(readModel()).isEqualTo(before);
	}

	@Test
	@Order(3)
	void compareOnlyListsTheDifferenceAndChangesNothing() throws Exception {
		awaitCaughtUp();
		superuser.update("UPDATE rm_protocol SET place = 'Samarkand'");
		Map<String, List<String>> altered = readModel();

		JsonNode done = awaitFinished(startReplay("{\"processors\": [\"protocols\"], \"switchOver\": false}"));

		assertThat(done.path("switchOver").asBoolean()).isFalse();
		JsonNode protocol = byTable(done.path("comparison")).get("rm_protocol");
		assertThat(protocol.path("differing").asLong()).isEqualTo(1);
		assertThat(protocol.path("differences").get(0).path("rebuilt").path("place").asText()).isEqualTo("Tashkent");
		assertThat(readModel()).isEqualTo(altered);
		awaitFinished(startReplay("{\"processors\": [\"protocols\"]}"));
		assertThat(superuser.queryForObject("SELECT place FROM rm_protocol", String.class)).isEqualTo("Tashkent");
	}

	/**
	 * Liaisons keep reporting during the whole replay, build and switch, to the
	 * initiatives of both segments of each read model; afterwards the read models equal
	 * what the processors build from scratch (tokens reset: every table emptied and the
	 * whole store projected again).
	 */
	@Test
	@Order(4)
	void replayWhileLiaisonsKeepWritingEqualsAReadModelBuiltFromScratch() throws Exception {
		List<InitiativeId> initiatives = recordInitiatives(30);
		awaitCaughtUp();
		AtomicInteger written = new AtomicInteger();
		// A report every 50 ms, round the initiatives: busy liaisons, not a load test (a
		// replay slower than the writers, as on a starved build machine, would never
		// end).
		ScheduledExecutorService liaisons = Executors.newSingleThreadScheduledExecutor();
		List<RuntimeException> refused = new CopyOnWriteArrayList<>();
		liaisons.scheduleAtFixedRate(() -> {
			int report = written.get();
			InitiativeId initiative = initiatives.get(report % initiatives.size());
			long sequence = 16 + report / initiatives.size();
			try {
				storageEngine.appendEvents(List.of(progress(initiative, sequence, Country.KG, (int) (sequence % 100))));
				written.incrementAndGet();
			}
			catch (RuntimeException ex) {
				// A task that throws is never run again: kept, and the writing goes on.
				refused.add(ex);
			}
		}, 0, 50, TimeUnit.MILLISECONDS);
		JsonNode done;
		int atStart;
		int whenDone;
		try {
			awaitWrites(written, 40);
			JsonNode started = startReplay("{}");
			atStart = written.get();
			done = awaitFinished(started);
			whenDone = written.get();
			awaitWrites(written, atStart + 100);
		}
		finally {
			liaisons.shutdown();
			assertThat(liaisons.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(refused).as("appends refused").isEmpty();
		assertThat(done.path("state").asText()).as(done.toPrettyString()).isEqualTo("DONE");
		// Whether the rebuild itself applies what came in meanwhile, or leaves it to the
		// live processors after the switch, depends on how far they had come when it
		// paused them: only that the writing went on during the replay is certain.
		assertThat(whenDone).as("reports written while the replay ran").isGreaterThan(atStart);
		assertThat(done.path("eventsDone").asLong()).as("the rebuild applied every event there was when it started")
			.isGreaterThanOrEqualTo(
					superuser.queryForObject("SELECT count(*) FROM domainevententry WHERE globalindex <= ?", Long.class,
							done.path("headPosition").asLong()));
		awaitCaughtUp();
		Map<String, List<String>> afterReplay = readModel();

		for (String processor : replayable.all().keySet()) {
			TrackingEventProcessor live = processing.eventProcessor(processor, TrackingEventProcessor.class)
				.orElseThrow();
			live.shutDown();
			live.resetTokens();
			live.start();
		}
		awaitCaughtUp();

		assertThat(readModel()).isEqualTo(afterReplay);
		assertThat(written.get()).isGreaterThan(140);
		assertThat(superuser.queryForList(
				"SELECT DISTINCT count(*) FROM tokenentry WHERE processorname IN (SELECT unnest(?::text[])) "
						+ "GROUP BY processorname",
				Long.class, (Object) replayable.all().keySet().toArray(String[]::new)))
			.as("every read model was switched from two segments (tracker.processors.segments)")
			.containsExactly(2L);
	}

	/**
	 * A replay reads as ended only once the next may start: its cleanup (the live
	 * processors restarted, the rebuilt tables dropped) and the lock's release come
	 * before its end is recorded. Before, a caller that started the next replay the
	 * moment it read DONE met "another replay is running".
	 */
	@Test
	@Order(4)
	void theNextReplayStartsTheMomentTheLastReadsDone() throws Exception {
		awaitCaughtUp();
		for (int replay = 0; replay < 3; replay++) {
			JsonNode done = awaitFinished(startReplay("{\"processors\": [\"protocols\"]}"));
			assertThat(done.path("state").asText()).as(done.toPrettyString()).isEqualTo("DONE");
		}
	}

	@Test
	@Order(5)
	void anUnknownReadModelIsRefusedNamingIt() throws Exception {
		mvc.perform(post("/api/replays").contentType(MediaType.APPLICATION_JSON)
			.content("{\"processors\": [\"initiatives\", \"budgets\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("budgets")))
			.andExpect(jsonPath("$.detail", containsString("participation-history")));
		mvc.perform(post("/api/replays").contentType(MediaType.APPLICATION_JSON).content("{\"processors\": 3"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/replays/not-a-uuid"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/replays/6f0c1f5e-2d8a-4b9e-9c1a-0e5d7a3b2c11"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	@Order(6)
	void aSecondReplayWhileOneRunsIsAConflict() throws Exception {
		int before = superuser.queryForObject("SELECT count(*) FROM replay_run", Integer.class);
		try (Connection other = superuser.getDataSource().getConnection();
				Statement statement = other.createStatement()) {
			// Another instance's replay holds the lock.
			try (ResultSet locked = statement.executeQuery("SELECT pg_try_advisory_lock(" + ReplayLock.KEY + ")")) {
				locked.next();
				assertThat(locked.getBoolean(1)).as("no replay runs").isTrue();
			}
			mvc.perform(post("/api/replays").contentType(MediaType.APPLICATION_JSON).content("{}"))
				.andExpect(status().isConflict())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail", containsString("another replay is running")));
		}
		assertThat(superuser.queryForObject("SELECT count(*) FROM replay_run", Integer.class)).isEqualTo(before);
	}

	@Test
	@Order(7)
	@WithMockUser(username = "official", roles = "OFFICIAL")
	void officialsMayNotReplay() throws Exception {
		mvc.perform(post("/api/replays").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/replays")).andExpect(status().isForbidden());
	}

	@Test
	@Order(8)
	@WithMockUser(username = "admin", roles = "ADMIN")
	void adminsMayReplayAndListTheReplays() throws Exception {
		JsonNode done = awaitFinished(startReplay("{\"processors\": [\"calendar\"]}"));
		assertThat(done.path("requestedBy").asText()).isEqualTo("admin");
		mvc.perform(get("/api/replays"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].replayId").value(done.path("replayId").asText()));
		mvc.perform(get("/api/replays/processors"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(replayable.all().size()));
	}

	@Test
	@Order(9)
	void theReplayPageStartsAReplayAndShowsItsProgressAndComparison() throws Exception {
		mvc.perform(get("/audit/replay").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("participation-history")));
		String location = mvc
			.perform(post("/audit/replay").with(csrf()).param("processor", "protocols").header("Accept-Language", "en"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/audit/replay/");
		JsonNode done = awaitFinished(json.readTree("{\"replayId\": \"" + location.substring(14) + "\"}"));
		assertThat(done.path("state").asText()).isEqualTo("DONE");
		mvc.perform(get(location + "/progress").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Identical")))
			.andExpect(content().string(containsString("<progress")));
		mvc.perform(post("/audit/replay").with(csrf()).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose at least one read model")));
	}

	@Test
	@Order(10)
	@WithMockUser(username = "official", roles = "OFFICIAL")
	void theReplayPageIsForAuditorsAndAdmins() throws Exception {
		mvc.perform(get("/audit/replay").header("Accept-Language", "en")).andExpect(status().isForbidden());
	}

	private static Map<String, JsonNode> byTable(JsonNode comparison) {
		Map<String, JsonNode> tables = new LinkedHashMap<>();
		comparison.path("tables").forEach((table) -> {
			if (table.path("equal").asLong() != table.path("currentRows").asLong()
					|| table.path("equal").asLong() != table.path("rebuiltRows").asLong()) {
				tables.put(table.path("table").asText(), table);
			}
		});
		return tables;
	}

	/**
	 * A processor on one segment, as a database from before segments has it, is split to
	 * {@code tracker.processors.segments} by the instance that holds it, and its read
	 * model goes on unchanged.
	 */
	@Test
	@Order(10)
	void aProcessorOnOneSegmentIsSplitInTwo() throws Exception {
		awaitCaughtUp();
		Map<String, List<String>> before = readModel();
		TrackingEventProcessor protocols = processing.eventProcessor("protocols", TrackingEventProcessor.class)
			.orElseThrow();
		await().atMost(PATIENCE).until(() -> protocols.processingStatus().size() == 2);
		assertThat(protocols.mergeSegment(0).get(30, TimeUnit.SECONDS)).as("merged into one segment").isTrue();

		await().atMost(PATIENCE)
			.pollInterval(java.time.Duration.ofMillis(100))
			.until(() -> superuser.queryForObject("SELECT count(*) FROM tokenentry WHERE processorname = 'protocols'",
					Long.class) == 2);
		recordInitiatives(2);
		awaitCaughtUp();
		Map<String, List<String>> after = readModel();
		assertThat(after.get("rm_protocol")).isEqualTo(before.get("rm_protocol"));
		assertThat(awaitFinished(startReplay("{\"processors\": [\"protocols\"], \"switchOver\": false}"))
			.path("comparison")
			.path("identical")
			.asBoolean()).isTrue();
	}

	private static void awaitWrites(AtomicInteger written, int atLeast) {
		await().atMost(PATIENCE).until(() -> written.get() >= atLeast);
	}

}
