package org.cooperation.tracker.query.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.cooperation.tracker.kernel.common.EventMetadata;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.common.Sha256;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatusChanged;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorContactErased;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorContactRecorded;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListed;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingId;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.ProtocolId;
import org.cooperation.tracker.query.ProblemAnswers;
import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.health.CommandSideTables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The auditors' history through the whole query side on PostgreSQL, over events appended
 * by the storage engine as the command side appends them: the API's filters and pages,
 * the NDJSON and CSV exports, the dashboard page, who may read them, every bad parameter
 * as a localized problem, and erased contact details nowhere in any of them.
 */
class AuditHistoryTest extends QuerySideTestBase {

	private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

	private static final String EMAIL = "erased-creator@example.org";

	private static final String PHONE = "+000 11 222 3333";

	@Autowired
	private EventStorageEngine storageEngine;

	@Autowired
	private ObjectMapper json;

	private final InitiativeId initiative = InitiativeId.random();

	private final String correlation = "audit-" + UUID.randomUUID();

	@BeforeEach
	void eventTable() {
		CommandSideTables.createEventTableOnce(database());
	}

	@Test
	void anAuditorPagesThroughTheFilteredHistoryByPosition() throws Exception {
		recordAnInitiative();
		String filtered = "/api/audit/events?initiativeId=" + initiative + "&limit=2";
		JsonNode first = okJson(get(filtered));
		assertThat(first.path("events")).hasSize(2);
		JsonNode proposed = first.path("events").get(0);
		assertThat(proposed.path("payloadType").asText()).isEqualTo(InitiativeProposed.class.getName());
		assertThat(proposed.path("aggregateId").asText()).isEqualTo(initiative.toString());
		assertThat(proposed.path("sequenceNumber").asLong()).isZero();
		assertThat(proposed.path("payloadRevision").asText()).isEqualTo("1");
		assertThat(proposed.path("metadata").path(EventMetadata.ACTOR).asText()).isEqualTo("secretariat");
		assertThat(proposed.path("payload").path("initiativeId").path("value").asText())
			.isEqualTo(initiative.toString());
		long next = first.path("next").asLong();
		assertThat(next).isEqualTo(first.path("events").get(1).path("globalIndex").asLong());
		JsonNode second = okJson(get(filtered + "&after=" + next));
		assertThat(second.path("events")).hasSize(1);
		assertThat(second.path("next").isNull()).isTrue();

		mvc.perform(get("/api/audit/events?country=kz&type=ParticipationStatusChanged&correlationId=" + correlation
				+ "&user=liaison-kz&from=2001-02-03&to=2001-02-04")
			.with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.events", hasSize(1)))
			.andExpect(jsonPath("$.events[0].payload.country").value("KZ"))
			.andExpect(jsonPath("$.events[0].timestamp").value(containsString("2001-02-03T10:00:00")))
			.andExpect(jsonPath("$.next").value(nullValue()));
		mvc.perform(get("/api/audit/events?correlationId=" + correlation + "&country=tj").with(AUDITOR))
			.andExpect(jsonPath("$.events", hasSize(0)));
	}

	@Test
	void theNdjsonExportHasOneEventPerLineWithTheApisFieldsAndTheStoredBytes() throws Exception {
		recordAnInitiative();
		byte[] body = mvc.perform(get("/api/audit/events.ndjson?initiativeId=" + initiative).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/x-ndjson"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString(".ndjson")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String[] lines = new String(body, StandardCharsets.UTF_8).split("\n");
		assertThat(lines).hasSize(3);
		JsonNode page = okJson(get("/api/audit/events?initiativeId=" + initiative));
		for (int i = 0; i < lines.length; i++) {
			JsonNode line = json.readTree(lines[i]);
			assertThat(line).isEqualTo(page.path("events").get(i));
			byte[] payload = Base64.getDecoder().decode(line.path("storedPayload").asText());
			byte[] metadata = Base64.getDecoder().decode(line.path("storedMetadata").asText());
			assertThat(json.readTree(payload)).isEqualTo(line.path("payload"));
			assertThat(json.readTree(metadata)).isEqualTo(line.path("metadata"));
			byte[] both = new byte[payload.length + metadata.length];
			System.arraycopy(payload, 0, both, 0, payload.length);
			System.arraycopy(metadata, 0, both, payload.length, metadata.length);
			assertThat(line.path("sha256").asText()).isEqualTo(Sha256.of(both).hex());
		}
	}

	@Test
	void theCsvExportIsUtf8WithAByteOrderMarkAndALineAnEvent() throws Exception {
		recordAnInitiative();
		byte[] body = mvc.perform(get("/api/audit/events.csv?initiativeId=" + initiative).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		String csv = new String(body, StandardCharsets.UTF_8).substring(1);
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).startsWith("globalIndex,timestamp,aggregateType,aggregateId,sequenceNumber");
		assertThat(lines).hasSize(4);
		assertThat(lines.get(2)).contains("liaison-kz", "LIAISON", correlation, "ParticipationStatusChanged");
		assertThat(csv).contains("Мәдени күнтізбе");
	}

	@Test
	void everyBadParameterIsALocalizedProblemNeverA500() throws Exception {
		String[] bad = { "from=yesterday", "to=2025-13-01", "from=2025-12-02&to=2025-12-01", "country=xx", "limit=0",
				"limit=501", "after=-1", "after=soon", "initiativeId=not-a-uuid", "type=no%20type",
				"user=" + "u".repeat(256), "from=99999-01-01" };
		for (String query : bad) {
			for (String path : List.of("/api/audit/events?", "/api/audit/events.ndjson?", "/api/audit/events.csv?")) {
				if (query.startsWith("limit") && !path.equals("/api/audit/events?")) {
					continue;
				}
				ProblemAnswers
					.problem(mvc.perform(get(path + query).with(AUDITOR).header(HttpHeaders.ACCEPT_LANGUAGE, "ru")),
							400)
					.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "ru"));
			}
		}
		mvc.perform(get("/api/audit/events?from=2025-12-02&to=2025-12-01").with(AUDITOR)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "ru"))
			.andExpect(jsonPath("$.detail")
				.value("from (2025-12-02T00:00:00Z) должно быть раньше, чем to (2025-12-02T00:00:00Z)"));
		mvc.perform(get("/api/audit/events?country=xx").with(AUDITOR).header(HttpHeaders.ACCEPT_LANGUAGE, "kk"))
			.andExpect(jsonPath("$.detail").value(containsString("белгісіз ел 'xx'")));
		mvc.perform(get("/api/audit/events?limit=501").with(AUDITOR))
			.andExpect(jsonPath("$.detail").value("limit must be between 1 and 500, not 501"));
	}

	@Test
	void anOfficialIsRefusedTheHistoryItsExportsAndItsPage() throws Exception {
		for (String path : List.of("/api/audit/events", "/api/audit/events.ndjson", "/api/audit/events.csv")) {
			ProblemAnswers.problem(mvc.perform(get(path)), 403);
		}
		for (String path : List.of("/audit/history", "/audit/history.ndjson", "/audit/history.csv")) {
			mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
				.andExpect(content().string(containsString("The event history is for auditors only.")));
		}
		getOkIn("en", "/").andExpect(content().string(not(containsString("href=\"/audit/history\""))));
	}

	@Test
	@WithAnonymousUser
	void withoutCredentialsTheHistoryIsA401() throws Exception {
		ProblemAnswers.problem(mvc.perform(get("/api/audit/events.ndjson")), 401);
	}

	@Test
	void anAuditorReadsTheHistoryPageWithTheFiltersAndTheDownloadsOfWhatTheyShow() throws Exception {
		recordAnInitiative();
		String page = mvc
			.perform(get("/audit/history?limit=2&initiativeId=" + initiative).with(AUDITOR)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("The event history as stored", "href=\"/audit/history\">Event history</a>",
					"ParticipationStatusChanged", "liaison-kz", correlation, "<details>", "Kazakhstan",
					"href=\"/audit/history.csv?initiativeId=" + initiative + "\"",
					"href=\"/audit/history.ndjson?initiativeId=" + initiative + "\"", "Older events")
			.doesNotContain("Newer events", "style=", "<script>");
		// Newest first: the Uzbek change, then the Kazakh one; the proposal on the older
		// page.
		assertThat(page.indexOf("liaison-uz")).isLessThan(page.indexOf("liaison-kz"));
		Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]*)\"").matcher(page);
		assertThat(next.find()).isTrue();
		String older = next.group(1);
		assertThat(older).startsWith("/audit/history?initiativeId=" + initiative + "&amp;before=")
			.endsWith("&amp;limit=2");
		mvc.perform(get(older.replace("&amp;", "&")).with(AUDITOR).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("InitiativeProposed")))
			.andExpect(content().string(containsString("Newer events")))
			.andExpect(content().string(not(containsString("Older events"))));

		mvc.perform(get("/audit/history?initiativeId=" + initiative).with(AUDITOR)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "kk"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Оқиғалар журналы")));
		mvc.perform(get("/audit/history.csv?initiativeId=" + initiative).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"));
		mvc.perform(get("/audit/history?from=someday").with(AUDITOR).header(HttpHeaders.ACCEPT_LANGUAGE, "ru"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("не является допустимым значением from")));
	}

	/**
	 * Contact details live only in the command side's creator_contact table, which the
	 * history never reads: on file or erased, they are in no answer, while the events
	 * that say they were recorded and erased are.
	 */
	@Test
	void erasedContactDetailsAreInNoAnswerOfTheHistory() throws Exception {
		// The command side's table, made and written as it would be: the query side's own
		// role
		// may not create tables in the schema.
		superuser.execute(
				Files.readString(Path.of("../command-side/src/main/resources/db/event-store/V2__creator_contacts.sql"))
					.replace("CREATE TABLE creator_contact", "CREATE TABLE IF NOT EXISTS creator_contact"));
		InitiativeId marketplace = InitiativeId.random();
		CreatorListingId listing = CreatorListingId.random();
		superuser.update("INSERT INTO creator_contact (listing_id, initiative_id, email, phone, recorded_at) "
				+ "VALUES (?, ?, ?, ?, now())", listing.value(), marketplace.value(), EMAIL, PHONE);
		append(new GenericDomainEventMessage<>("CreatorListing", listing.toString(), 0, new CreatorListed(listing,
				marketplace, Country.UZ, "Sample Woodcarver", Craft.WOODCARVER, "Khiva", null, List.of(), true),
				liaison(Country.UZ)));
		append(new GenericDomainEventMessage<>("CreatorListing", listing.toString(), 1,
				new CreatorContactRecorded(listing, marketplace, Country.UZ), liaison(Country.UZ)));
		assertNowhere(listing, 2);

		superuser.update("DELETE FROM creator_contact WHERE listing_id = ?", listing.value());
		append(new GenericDomainEventMessage<>("CreatorListing", listing.toString(), 2,
				new CreatorContactErased(listing, marketplace, Country.UZ), liaison(Country.UZ)));
		assertNowhere(listing, 3);
		mvc.perform(get("/api/audit/events?type=CreatorContactErased&aggregateId=" + listing).with(AUDITOR))
			.andExpect(jsonPath("$.events", hasSize(1)));
	}

	private void assertNowhere(CreatorListingId listing, int events) throws Exception {
		List<String> answers = new ArrayList<>();
		for (String path : List.of("/api/audit/events", "/api/audit/events.ndjson", "/api/audit/events.csv",
				"/audit/history")) {
			for (String filter : List.of("?aggregateId=" + listing, "?country=uz", "")) {
				answers.add(mvc.perform(get(path + filter).with(AUDITOR))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));
			}
		}
		assertThat(answers).allSatisfy((answer) -> assertThat(answer).doesNotContain(EMAIL, PHONE, "example.org"));
		assertThat(answers.get(3).lines()).hasSize(events);
		List<String> decoded = new ArrayList<>();
		for (String line : answers.get(3).split("\n")) {
			JsonNode event = json.readTree(line);
			decoded.add(new String(Base64.getDecoder().decode(event.path("storedPayload").asText()),
					StandardCharsets.UTF_8));
			decoded.add(new String(Base64.getDecoder().decode(event.path("storedMetadata").asText()),
					StandardCharsets.UTF_8));
		}
		assertThat(decoded).allSatisfy((stored) -> assertThat(stored).doesNotContain(EMAIL, PHONE));
	}

	/**
	 * The calendar proposed by the secretariat, then Kazakhstan's and Uzbekistan's
	 * liaisons agreeing (one request), recorded on 3 February 2001.
	 */
	private void recordAnInitiative() {
		Instant day = Instant.parse("2001-02-03T10:00:00Z");
		append(new GenericDomainEventMessage<>("Initiative", initiative.toString(), 0,
				new InitiativeProposed(initiative, ProtocolId.random(), DirectionId.random(),
						InitiativeKind.CULTURAL_CALENDAR, new LocalizedText("Мәдени күнтізбе", null, "Calendar"), null,
						Country.KZ, Set.of(Country.KZ, Country.UZ)),
				Map.of(EventMetadata.ACTOR, "secretariat", EventMetadata.ACTOR_ROLE, "SECRETARIAT",
						EventMetadata.CORRELATION_ID, "audit-proposal"),
				UUID.randomUUID().toString(), day));
		append(changed(1, Country.KZ, day), changed(2, Country.UZ, day.plusSeconds(1)));
	}

	private GenericDomainEventMessage<?> changed(long sequence, Country country, Instant at) {
		return new GenericDomainEventMessage<>("Initiative", initiative.toString(), sequence,
				new ParticipationStatusChanged(initiative, country, ParticipationStatus.PROPOSED,
						ParticipationStatus.AGREED, LocalDate.of(2001, 2, 3), null, List.of()),
				liaison(country), UUID.randomUUID().toString(), at);
	}

	private Map<String, String> liaison(Country country) {
		return Map.of(EventMetadata.ACTOR, "liaison-" + country.name().toLowerCase(), EventMetadata.ACTOR_ROLE,
				"LIAISON", EventMetadata.ACTOR_COUNTRY, country.name(), EventMetadata.CORRELATION_ID, correlation);
	}

	private void append(GenericDomainEventMessage<?>... events) {
		storageEngine.appendEvents(List.of(events));
	}

	private JsonNode okJson(MockHttpServletRequestBuilder request) throws Exception {
		return json.readTree(mvc.perform(request.with(AUDITOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
