package org.cooperation.tracker.query.deadletter;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatusChanged;
import org.cooperation.tracker.kernel.initiative.ProgressPercent;
import org.cooperation.tracker.kernel.initiative.ProgressReportId;
import org.cooperation.tracker.kernel.initiative.ProgressReported;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyApproved;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyId;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyOffered;
import org.cooperation.tracker.kernel.programme.archive.ArchiveMaterial;
import org.cooperation.tracker.kernel.programme.archive.MaterialType;
import org.cooperation.tracker.kernel.programme.brand.MemberId;
import org.cooperation.tracker.kernel.programme.brand.MemberNominated;
import org.cooperation.tracker.kernel.programme.brand.MemberRole;
import org.cooperation.tracker.kernel.programme.brand.Nominee;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupEstablished;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupId;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEventSubmitted;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionId;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionIncluded;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEvent;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.EditionYear;
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmId;
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmRegistered;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.kernel.programme.culturaltour.FilmDigitisationAdvanced;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegConfirmed;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegId;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegKind;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegPlanned;
import org.cooperation.tracker.kernel.programme.culturaltour.TourProgrammeId;
import org.cooperation.tracker.kernel.programme.culturaltour.TourProgrammeOpened;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListed;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingId;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingVerified;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.protocol.DirectionAgreed;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.Party;
import org.cooperation.tracker.kernel.protocol.ProtocolId;
import org.cooperation.tracker.kernel.protocol.ProtocolRecorded;
import org.cooperation.tracker.kernel.protocol.ProtocolSigned;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.history.model.ParticipationHistoryProjection;
import org.cooperation.tracker.query.initiative.model.InitiativesProjection;
import org.cooperation.tracker.query.programme.archive.model.ArchiveExchangeProjection;
import org.cooperation.tracker.query.programme.brand.model.WorkingGroupProjection;
import org.cooperation.tracker.query.programme.calendar.model.CalendarProjection;
import org.cooperation.tracker.query.programme.culturaltour.model.ArchivalFilmsProjection;
import org.cooperation.tracker.query.programme.culturaltour.model.TourProgrammesProjection;
import org.cooperation.tracker.query.programme.marketplace.model.MarketplaceProjection;
import org.cooperation.tracker.query.protocol.model.ProtocolsProjection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 9: no event can stop a processor. Events are stored straight into the event
 * store, bypassing the command side that would refuse them: for every projection, an
 * aggregate whose event carries U+0000 in every text field that projection writes
 * (PostgreSQL text cannot hold it), between ordinary aggregates stored before and after
 * it. Every other event is projected, the poisoned one is parked with the later events of
 * its aggregate behind it in order, readiness stays UP, and the record says its view is
 * incomplete. Then a failure that can be fixed (a constraint a row breaks) is parked,
 * fixed, and applied by an admin's retry.
 */
class PoisonEventTest extends DeadLetterTestBase {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	/**
	 * Written into the text fields of a poisoned event, and turned into U+0000 in the
	 * stored JSON ({@code \u0000}) before the append commits: the event as a client could
	 * have stored it before the command side refused such text.
	 */
	private static final String MARK = "POISON-MARK";

	private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EventProcessingConfiguration processing;

	@Autowired
	DeadLetters deadLetters;

	/** The protocol every initiative here belongs to. */
	private final ProtocolId protocol = ProtocolId.random();

	private final DirectionId direction = DirectionId.random();

	@Test
	void anEventNoProjectionCanStoreIsParkedAndEveryOtherEventIsProjected() throws Exception {
		append(List
			.of(new GenericDomainEventMessage<>("Protocol", protocol.toString(), 0,
					new ProtocolRecorded(protocol, null, Fixtures.MEETING_DAY, "Tashkent",
							LocalizedText.english("Meeting"), List.of(new Party(Country.KZ, PartyRole.MEMBER, null))),
					Fixtures.secretariat())));
		List<Case> cases = cases();
		assertThat(cases).extracting(Case::group)
			.as("a case for every projection")
			.containsExactlyInAnyOrderElementsOf(deadLetters.processors()
				.stream()
				.filter((group) -> !group.equals(PoisonSensitiveProjection.PROCESSING_GROUP))
				.toList());

		List<Story> before = new ArrayList<>();
		List<Story> poisoned = new ArrayList<>();
		List<Story> after = new ArrayList<>();
		for (Case c : cases) {
			before.add(c.story(false));
		}
		before.forEach((story) -> append(story.events()));
		for (Case c : cases) {
			Story story = c.story(true);
			poisoned.add(story);
			appendPoisoned(story);
		}
		for (Case c : cases) {
			after.add(c.story(false));
		}
		after.forEach((story) -> append(story.events()));
		long head = head();

		await().atMost(PATIENCE).pollInSameThread().untilAsserted(() -> {
			for (Story story : poisoned) {
				assertThat(positionOf(story.group())).as("%s's position", story.group()).isGreaterThanOrEqualTo(head);
				assertThat(parkedOf(story)).as("parked by %s", story.group())
					.hasSize(story.events().size() - story.poisonAt());
			}
		});

		int projected = 0;
		for (Story story : concat(before, after)) {
			assertThat(story.version(jdbc)).as("%s's read model of an ordinary %s", story.group(), story.aggregateId())
				.isEqualTo(story.events().size() - 1L);
			projected += story.events().size();
		}
		int parked = 0;
		for (Story story : poisoned) {
			assertThat(story.version(jdbc)).as("%s's read model of the poisoned aggregate", story.group())
				.isEqualTo((story.poisonAt() == 0) ? null : story.poisonAt() - 1L);
			List<JsonNode> letters = parkedOf(story);
			assertThat(letters).extracting((letter) -> letter.path("aggregateSequence").asLong())
				.as("the poisoned event, then the later ones of its aggregate, in order")
				.containsExactlyElementsOf(sequences(story.poisonAt(), story.events().size()));
			// The database refuses U+0000 ("0x00"); once the kernel's values refuse it
			// too, reading the event fails first, inside the handler all the same.
			assertThat(letters.get(0).path("causeMessage").asText()).as("why %s parked it", story.group()).isNotBlank();
			assertThat(letters.get(0).path("failedAttempts").asInt()).isPositive();
			parked += letters.size();
		}
		System.out.printf("poison events: %d processors, %d ordinary events projected, %d events parked%n",
				cases.size(), projected, parked);

		health.refresh();
		for (Case c : cases) {
			JsonNode state = projectionState(c.group());
			assertThat(state.path("error").asBoolean()).as("%s failing", c.group()).isFalse();
			assertThat(state.path("running").asBoolean()).isTrue();
			assertThat(state.path("parkedEvents").asLong()).isGreaterThanOrEqualTo(2);
			assertThat(meters.get("tracker.projection.parked").tag("processor", c.group()).gauge().value())
				.isGreaterThanOrEqualTo(2.0);
			assertThat(meters.get("tracker.projection.error").tag("processor", c.group()).gauge().value()).isZero();
		}
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());

		// The history of this initiative lacks its report: its record says so.
		Story history = poisoned.stream()
			.filter((story) -> story.group().equals(ParticipationHistoryProjection.PROCESSING_GROUP))
			.findFirst()
			.orElseThrow();
		MvcResult incomplete = read("/api/initiatives/" + history.aggregateId());
		assertThat(incomplete.getResponse().getHeader("ETag")).isEqualTo("W/\"0\"");
		assertThat(incomplete.getResponse().getHeader("Tracker-View-Incomplete"))
			.isEqualTo("2 events of this record could not be applied and await a retry by an admin");
		MvcResult complete = read("/api/initiatives/" + before.get(cases.indexOf(history.from())).aggregateId());
		assertThat(complete.getResponse().getHeader("ETag")).isEqualTo("\"2\"");
		assertThat(complete.getResponse().getHeader("Tracker-View-Incomplete")).isNull();
		String page = mvc
			.perform(get("/initiatives/" + history.aggregateId()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("2 recorded events of this initiative could not be shown yet");
	}

	/**
	 * A brand working group whose third event breaks a rule of the read model's table (a
	 * constraint planted here, as a buggy migration could have added it): parked with the
	 * event after it, the group's record answered with a weak ETag; once the constraint
	 * is gone, an admin's retry applies both, in order, and the record is whole again.
	 */
	@Test
	void aFailureThatIsFixedIsAppliedByAnAdminsRetry() throws Exception {
		String group = WorkingGroupProjection.PROCESSING_GROUP;
		InitiativeId initiative = InitiativeId.random();
		WorkingGroupId workingGroup = WorkingGroupId.of(initiative);
		String id = workingGroup.toString();
		append(List.of(new GenericDomainEventMessage<>("Initiative", initiative.toString(), 0,
				proposed(initiative, InitiativeKind.BRAND_WORKING_GROUP, false), Fixtures.secretariat())));
		append(List.of(
				new GenericDomainEventMessage<>("BrandWorkingGroup", id, 0,
						new WorkingGroupEstablished(workingGroup, initiative, DAY, "Decision of the ministers"),
						Fixtures.secretariat()),
				new GenericDomainEventMessage<>("BrandWorkingGroup", id, 1, nominated(workingGroup, "First Member"),
						Fixtures.secretariat())));
		await().atMost(PATIENCE)
			.until(() -> versionOf("rm_working_group", "working_group_id", id), (v) -> v != null && v == 1);
		superuser.execute("ALTER TABLE rm_working_group_member ADD CONSTRAINT poison_test_refused_name "
				+ "CHECK (name <> 'Refused Member')");
		Story other;
		try {
			append(List.of(
					new GenericDomainEventMessage<>("BrandWorkingGroup", id, 2,
							nominated(workingGroup, "Refused Member"), Fixtures.secretariat()),
					new GenericDomainEventMessage<>("BrandWorkingGroup", id, 3, nominated(workingGroup, "Later Member"),
							Fixtures.secretariat())));
			other = workingGroupCase().story(false);
			append(other.events());

			await().atMost(PATIENCE).pollInSameThread().untilAsserted(() -> {
				List<JsonNode> letters = parkedIn(group, id);
				assertThat(letters).extracting((letter) -> letter.path("aggregateSequence").asLong())
					.containsExactly(2L, 3L);
				assertThat(letters.get(0).path("failedAttempts").asInt()).as("the first try and two automatic retries")
					.isEqualTo(3);
			});
			assertThat(parkedIn(group, id).get(0).path("causeMessage").asText()).contains("poison_test_refused_name");
			assertThat(other.version(jdbc)).as("another group's events go on").isEqualTo(1L);
			MvcResult incomplete = read("/api/initiatives/" + initiative + "/working-group");
			assertThat(incomplete.getResponse().getHeader("ETag")).isEqualTo("W/\"1\"");
			assertThat(incomplete.getResponse().getHeader("Tracker-View-Incomplete")).startsWith("2 events");
			// The same view as the strong "1" it had before: 304, with the headers that
			// tell the client its ETag is now weak and why.
			MvcResult unchanged = mvc
				.perform(get("/api/initiatives/" + initiative + "/working-group").header("If-None-Match", "\"1\""))
				.andExpect(status().isNotModified())
				.andReturn();
			assertThat(unchanged.getResponse().getHeader("ETag")).isEqualTo("W/\"1\"");
			assertThat(unchanged.getResponse().getHeader("Tracker-View-Incomplete")).startsWith("2 events");
			mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		}
		finally {
			superuser.execute("ALTER TABLE rm_working_group_member DROP CONSTRAINT IF EXISTS poison_test_refused_name");
		}

		JsonNode outcome = retryParked(group);

		assertThat(outcome.path("appliedSequences").asInt()).isEqualTo(1);
		assertThat(parkedIn(group, id)).as("nothing of the group is parked any more").isEmpty();
		assertThat(outcome.path("stillParked").asLong()).as("only what no fix short of a deployment can apply")
			.isEqualTo(parkedEvents(group).size());
		assertThat(versionOf("rm_working_group", "working_group_id", id)).isEqualTo(3L);
		assertThat(jdbc.queryForList(
				"SELECT name FROM rm_working_group_member WHERE working_group_id = ?::uuid ORDER BY joined_sequence",
				String.class, id))
			.containsExactly("First Member", "Refused Member", "Later Member");
		MvcResult whole = read("/api/initiatives/" + initiative + "/working-group");
		assertThat(whole.getResponse().getHeader("ETag")).isEqualTo("\"3\"");
		assertThat(whole.getResponse().getHeader("Tracker-View-Incomplete")).isNull();
	}

	private MvcResult read(String path) throws Exception {
		return mvc.perform(get(path).with(user("official").roles("OFFICIAL"))).andExpect(status().isOk()).andReturn();
	}

	/**
	 * Appends the story's events with {@link #MARK} turned into U+0000 in their stored
	 * JSON, so no processor ever reads them unpoisoned. The application's role may not
	 * update a stored event, so the superuser's trigger poisons the event as it is
	 * inserted, and is gone once the story is appended.
	 */
	private void appendPoisoned(Story story) {
		String escapedNul = "\\" + "u0000";
		superuser.execute("""
				CREATE FUNCTION poison_marked_events() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				    NEW.payload := convert_to(replace(convert_from(NEW.payload, 'UTF8'), '%s', '%s'), 'UTF8');
				    RETURN NEW;
				END $$""".formatted(MARK, escapedNul));
		superuser.execute("CREATE TRIGGER poison_marked_events BEFORE INSERT ON domainevententry FOR EACH ROW "
				+ "EXECUTE FUNCTION poison_marked_events()");
		try {
			transactions.executeWithoutResult((tx) -> append(story.events()));
		}
		finally {
			superuser.execute("DROP TRIGGER poison_marked_events ON domainevententry");
			superuser.execute("DROP FUNCTION poison_marked_events()");
		}
		Integer poisoned = jdbc
			.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND position(? in "
					+ "convert_from(payload, 'UTF8')) > 0", Integer.class, story.aggregateId(), escapedNul);
		assertThat(poisoned).as("poisoned events of %s", story.group()).isEqualTo(1);
	}

	private long positionOf(String group) {
		return processing.eventProcessor(group, TrackingEventProcessor.class)
			.orElseThrow()
			.processingStatus()
			.values()
			.stream()
			.mapToLong((status) -> status.getCurrentPosition().orElse(-1))
			.min()
			.orElse(-1);
	}

	private List<JsonNode> parkedOf(Story story) throws Exception {
		return parkedIn(story.group(), story.aggregateId());
	}

	private List<JsonNode> parkedIn(String group, String aggregateId) throws Exception {
		return parkedEvents(group).stream()
			.filter((letter) -> letter.path("sequence").asText().equals(aggregateId))
			.toList();
	}

	private Long versionOf(String table, String idColumn, String id) {
		List<Long> versions = jdbc.queryForList(
				"SELECT aggregate_version FROM " + table + " WHERE " + idColumn + " = ?::uuid", Long.class, id);
		return versions.isEmpty() ? null : versions.get(0);
	}

	private static List<Long> sequences(int from, int to) {
		List<Long> sequences = new ArrayList<>();
		for (long sequence = from; sequence < to; sequence++) {
			sequences.add(sequence);
		}
		return sequences;
	}

	private static List<Story> concat(List<Story> first, List<Story> second) {
		List<Story> both = new ArrayList<>(first);
		both.addAll(second);
		return both;
	}

	/** The text as stored: with the mark that becomes U+0000 when poisoned. */
	private static String text(boolean poisoned, String text) {
		return poisoned ? text + " " + MARK : text;
	}

	private static LocalizedText localized(boolean poisoned, String text) {
		return new LocalizedText(text(poisoned, text + " (kk)"), text(poisoned, text + " (ru)"), text(poisoned, text));
	}

	/**
	 * One projection's stories: which events make an aggregate it projects, the one at
	 * {@code poisonAt} carrying the mark in every text field the projection writes when
	 * poisoned, and how to read the version its read model has reached.
	 */
	private record Case(String group, int poisonAt, Function<Boolean, List<GenericDomainEventMessage<?>>> events,
			String versionSql) {

		Story story(boolean poisoned) {
			return new Story(this, events.apply(poisoned));
		}

	}

	private record Story(Case from, List<GenericDomainEventMessage<?>> events) {

		String group() {
			return from.group();
		}

		int poisonAt() {
			return from.poisonAt();
		}

		String aggregateId() {
			return events.get(0).getAggregateIdentifier();
		}

		/** The last event of the aggregate its read model shows, null when none. */
		Long version(JdbcTemplate jdbc) {
			List<Long> versions = jdbc.queryForList(from.versionSql(), Long.class, aggregateId());
			return versions.isEmpty() ? null : versions.get(0);
		}

	}

	private List<Case> cases() {
		return List.of(
				new Case(ProtocolsProjection.PROCESSING_GROUP, 0, (p) -> protocolEvents(p),
						"SELECT aggregate_version FROM rm_protocol WHERE protocol_id = ?::uuid"),
				new Case(InitiativesProjection.PROCESSING_GROUP, 0, (p) -> initiativeEvents(p, false),
						"SELECT aggregate_version FROM rm_initiative WHERE initiative_id = ?::uuid"),
				new Case(ParticipationHistoryProjection.PROCESSING_GROUP, 1, (p) -> initiativeEvents(false, p),
						"SELECT max(aggregate_sequence) FROM rm_participation_history WHERE initiative_id = ?::uuid "
								+ "HAVING count(*) > 0"),
				new Case(CalendarProjection.PROCESSING_GROUP, 0, (p) -> calendarEvents(p),
						"SELECT aggregate_version FROM rm_calendar_submission WHERE submission_id = ?::uuid"),
				new Case(TourProgrammesProjection.PROCESSING_GROUP, 1, (p) -> tourEvents(p),
						"SELECT aggregate_version FROM rm_tour_programme WHERE initiative_id || '/' || year = ?"),
				new Case(ArchivalFilmsProjection.PROCESSING_GROUP, 0, (p) -> filmEvents(p),
						"SELECT aggregate_version FROM rm_tour_film WHERE film_id = ?::uuid"),
				new Case(ArchiveExchangeProjection.PROCESSING_GROUP, 0, (p) -> copyEvents(p),
						"SELECT aggregate_version FROM rm_archive_copy WHERE copy_id = ?::uuid"),
				new Case(MarketplaceProjection.PROCESSING_GROUP, 0, (p) -> listingEvents(p),
						"SELECT aggregate_version FROM rm_marketplace_listing WHERE listing_id = ?::uuid"),
				workingGroupCase());
	}

	private Case workingGroupCase() {
		return new Case(WorkingGroupProjection.PROCESSING_GROUP, 0, (p) -> workingGroupEvents(p),
				"SELECT aggregate_version FROM rm_working_group WHERE working_group_id = ?::uuid");
	}

	private static List<GenericDomainEventMessage<?>> protocolEvents(boolean poisoned) {
		ProtocolId id = ProtocolId.random();
		String aggregate = id.toString();
		return List.of(
				new GenericDomainEventMessage<>("Protocol", aggregate, 0,
						new ProtocolRecorded(id, text(poisoned, "No. 7"), Fixtures.MEETING_DAY,
								text(poisoned, "Tashkent"), localized(poisoned, "Meeting"),
								List.of(new Party(Country.KZ, PartyRole.MEMBER, text(poisoned, "Signatory")))),
						Fixtures.secretariat()),
				new GenericDomainEventMessage<>("Protocol", aggregate, 1,
						new DirectionAgreed(id, DirectionId.random(), LocalizedText.english("Archives")),
						Fixtures.secretariat()),
				new GenericDomainEventMessage<>("Protocol", aggregate, 2,
						new ProtocolSigned(id, Country.KZ, "Signatory", "Minister", Fixtures.MEETING_DAY),
						Fixtures.secretariat()));
	}

	/**
	 * A proposal, a progress report and a status change: the initiatives' projection
	 * writes the proposal's texts, the history the report's note.
	 */
	private List<GenericDomainEventMessage<?>> initiativeEvents(boolean poisonedProposal, boolean poisonedReport) {
		InitiativeId id = InitiativeId.random();
		String aggregate = id.toString();
		return List.of(
				new GenericDomainEventMessage<>("Initiative", aggregate, 0,
						proposed(id, InitiativeKind.OTHER, poisonedProposal), Fixtures.secretariat()),
				new GenericDomainEventMessage<>("Initiative", aggregate, 1,
						new ProgressReported(id, ProgressReportId.random(), Country.UZ, new ProgressPercent(10), DAY,
								text(poisonedReport, "Draft circulated"), List.of()),
						Fixtures.liaison(Country.UZ, "corr-report")),
				new GenericDomainEventMessage<>("Initiative", aggregate, 2,
						new ParticipationStatusChanged(id, Country.UZ, ParticipationStatus.PROPOSED,
								ParticipationStatus.AGREED, DAY, "Agreed", List.of()),
						Fixtures.liaison(Country.UZ, "corr-status")));
	}

	private InitiativeProposed proposed(InitiativeId id, InitiativeKind kind, boolean poisoned) {
		return new InitiativeProposed(id, protocol, direction, kind, localized(poisoned, "Initiative"),
				localized(poisoned, "What it is for"), Country.KZ, Set.of(Country.KZ, Country.UZ));
	}

	private static List<GenericDomainEventMessage<?>> calendarEvents(boolean poisoned) {
		CalendarSubmissionId id = CalendarSubmissionId.random();
		InitiativeId initiative = InitiativeId.random();
		String aggregate = id.toString();
		CulturalEvent event = new CulturalEvent(localized(poisoned, "Folk festival"), CulturalEventType.FESTIVAL,
				text(poisoned, "Almaty"), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 3),
				text(poisoned, "Ministry of Culture"), null, localized(poisoned, "Three days of music"));
		return List.of(
				new GenericDomainEventMessage<>("CalendarSubmission", aggregate, 0,
						new CalendarEventSubmitted(id, initiative, Country.KZ, new EditionYear(2026), event),
						Fixtures.liaison(Country.KZ, "corr-submit")),
				new GenericDomainEventMessage<>("CalendarSubmission", aggregate, 1,
						new CalendarSubmissionIncluded(id, initiative, Country.KZ, "Welcome"), Fixtures.secretariat()));
	}

	private static List<GenericDomainEventMessage<?>> tourEvents(boolean poisoned) {
		TourProgrammeId id = new TourProgrammeId(InitiativeId.random(), 2026);
		String aggregate = id.toString();
		TourLegId leg = TourLegId.random();
		return List.of(
				new GenericDomainEventMessage<>("TourProgramme", aggregate, 0, new TourProgrammeOpened(id),
						Fixtures.secretariat()),
				new GenericDomainEventMessage<>("TourProgramme", aggregate, 1,
						new TourLegPlanned(id, leg, TourLegKind.TOURING_PROGRAMME, localized(poisoned, "Ensemble"),
								Country.KZ, Country.UZ, text(poisoned, "Samarkand"), text(poisoned, "Opera house"),
								LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2), List.of()),
						Fixtures.secretariat()),
				new GenericDomainEventMessage<>("TourProgramme", aggregate, 2,
						new TourLegConfirmed(id, leg, "Confirmed"), Fixtures.secretariat()));
	}

	private static List<GenericDomainEventMessage<?>> filmEvents(boolean poisoned) {
		ArchivalFilmId id = ArchivalFilmId.random();
		InitiativeId initiative = InitiativeId.random();
		String aggregate = id.toString();
		return List.of(
				new GenericDomainEventMessage<>("ArchivalFilm", aggregate, 0,
						new ArchivalFilmRegistered(id, initiative, Country.KZ, localized(poisoned, "Archive film"),
								1964, false),
						Fixtures.liaison(Country.KZ, "corr-film")),
				new GenericDomainEventMessage<>(
						"ArchivalFilm", aggregate, 1, new FilmDigitisationAdvanced(id, initiative,
								DigitisationState.NOT_ASSESSED, DigitisationState.QUEUED, DAY, "Queued"),
						Fixtures.liaison(Country.KZ, "corr-film")));
	}

	private static List<GenericDomainEventMessage<?>> copyEvents(boolean poisoned) {
		ArchiveCopyId id = ArchiveCopyId.random();
		InitiativeId initiative = InitiativeId.random();
		String aggregate = id.toString();
		return List.of(
				new GenericDomainEventMessage<>("ArchiveCopy", aggregate, 0,
						new ArchiveCopyOffered(id, initiative, Country.KZ, Country.UZ,
								new ArchiveMaterial(MaterialType.DOCUMENTARY, localized(poisoned, "Letters"),
										text(poisoned, "Fund 1, file 2"), localized(poisoned, "Letters of poets")),
								text(poisoned, "Offered")),
						Fixtures.liaison(Country.KZ, "corr-copy")),
				new GenericDomainEventMessage<>("ArchiveCopy", aggregate, 1,
						new ArchiveCopyApproved(id, initiative, Country.KZ, Country.UZ, Country.UZ, "Approved"),
						Fixtures.liaison(Country.UZ, "corr-copy")));
	}

	private static List<GenericDomainEventMessage<?>> listingEvents(boolean poisoned) {
		CreatorListingId id = CreatorListingId.random();
		InitiativeId initiative = InitiativeId.random();
		String aggregate = id.toString();
		return List.of(
				new GenericDomainEventMessage<>("CreatorListing", aggregate, 0,
						new CreatorListed(id, initiative, Country.KZ, text(poisoned, "Jeweller"), Craft.JEWELLER,
								text(poisoned, "Shymkent"), localized(poisoned, "Silver work"), List.of(), false),
						Fixtures.liaison(Country.KZ, "corr-listing")),
				new GenericDomainEventMessage<>("CreatorListing", aggregate, 1,
						new CreatorListingVerified(id, initiative, Country.KZ), Fixtures.secretariat()));
	}

	private static List<GenericDomainEventMessage<?>> workingGroupEvents(boolean poisoned) {
		InitiativeId initiative = InitiativeId.random();
		WorkingGroupId id = WorkingGroupId.of(initiative);
		String aggregate = id.toString();
		return List.of(
				new GenericDomainEventMessage<>("BrandWorkingGroup", aggregate, 0,
						new WorkingGroupEstablished(id, initiative, DAY, text(poisoned, "Decision of the ministers")),
						Fixtures.secretariat()),
				new GenericDomainEventMessage<>("BrandWorkingGroup", aggregate, 1, nominated(id, "A Member"),
						Fixtures.secretariat()));
	}

	private static MemberNominated nominated(WorkingGroupId group, String name) {
		return new MemberNominated(group, MemberId.random(), Country.KZ, new Nominee(name, "Adviser"),
				MemberRole.MEMBER, DAY);
	}

}
