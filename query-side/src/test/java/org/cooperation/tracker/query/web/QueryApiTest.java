package org.cooperation.tracker.query.web;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatusChanged;
import org.cooperation.tracker.kernel.protocol.DirectionAgreed;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.RecordEtags;

import org.springframework.http.MediaType;

import static org.cooperation.tracker.query.Fixtures.ARCHIVES;
import static org.cooperation.tracker.query.Fixtures.ARCHIVE_EXCHANGE;
import static org.cooperation.tracker.query.Fixtures.CALENDAR;
import static org.cooperation.tracker.query.Fixtures.CULTURAL_EXCHANGE;
import static org.cooperation.tracker.query.Fixtures.KZ_REPORT;
import static org.cooperation.tracker.query.Fixtures.TASHKENT;
import static org.cooperation.tracker.query.JsonFields.fields;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The REST mapping of the read models, field by field. */
class QueryApiTest extends QuerySideTestBase {

	@BeforeEach
	void recordTheStory() {
		recordTheTashkentStory();
	}

	@Test
	void statusMatrixHasEveryParticipatingCountryInOrderAndCellsOnlyForParticipants() throws Exception {
		getOk("/api/status-matrix").andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.countries").value(contains("KZ", "UZ", "KG", "TJ", "TM", "AZ")))
			.andExpect(jsonPath("$.rows[*].initiativeId")
				.value(contains(CALENDAR.toString(), ARCHIVE_EXCHANGE.toString())))
			.andExpect(jsonPath("$.rows[0].protocolId").value(TASHKENT.toString()))
			.andExpect(jsonPath("$.rows[0].kind").value("CULTURAL_CALENDAR"))
			.andExpect(fields("$.rows[0].title", "en", "Central Asian cultural calendar", "kk",
					"Орталық Азия мәдени күнтізбесі", "ru", nullValue()))
			.andExpect(fields("$.rows[0].cells.KZ", "status", "AGREED", "iatiCode", 1, "iatiLabel",
					"Pipeline/identification", "percent", 40, "statusEffectiveOn", "2025-12-01", "lastRecordedAt",
					"2025-11-20T09:20:00Z", "sample", false))
			.andExpect(jsonPath("$.rows[0].cells.UZ.sample").value(true))
			.andExpect(fields("$.rows[0].cells.KG", "status", "PROPOSED", "percent", nullValue(), "statusEffectiveOn",
					nullValue()))
			.andExpect(jsonPath("$.rows[0].cells", not(hasKey("AZ"))))
			.andExpect(jsonPath("$.rows[1].cells.AZ.status").value("PROPOSED"))
			.andExpect(jsonPath("$.rows[1].cells.AZ.sample").value(true))
			.andExpect(jsonPath("$.rows[1].cells", not(hasKey("KG"))));
	}

	@Test
	void statusMatrixIsEmptyBeforeAnythingIsRecorded() throws Exception {
		emptyReadModels();

		getOk("/api/status-matrix").andExpect(jsonPath("$.countries", hasSize(0)))
			.andExpect(jsonPath("$.rows", hasSize(0)));
	}

	@Test
	void initiativesAreListedInTheOrderProposed() throws Exception {
		getOk("/api/initiatives").andExpect(jsonPath("$", hasSize(2)))
			.andExpect(fields("$[0]", "initiativeId", CALENDAR.toString(), "protocolId", TASHKENT.toString(),
					"directionId", CULTURAL_EXCHANGE.toString(), "kind", "CULTURAL_CALENDAR"))
			.andExpect(jsonPath("$[0].title.en").value("Central Asian cultural calendar"))
			.andExpect(
					jsonPath("$[0].description.en").value("A document uniting the region's important cultural events"))
			.andExpect(fields("$[0]", "proposedBy", "KZ", "participants", contains("KZ", "UZ", "KG", "TJ", "TM"),
					"proposedAt", "2025-11-20T09:00:00Z", "sample", false))
			.andExpect(fields("$[1]", "initiativeId", ARCHIVE_EXCHANGE.toString(), "description", nullValue(), "sample",
					true));
	}

	@Test
	void initiativeShowsEachCountryAndTheWholeHistoryOldestFirst() throws Exception {
		getOk("/api/initiatives/{id}", CALENDAR.toString())
			.andExpect(jsonPath("$.initiativeId").value(CALENDAR.toString()))
			.andExpect(jsonPath("$.directionTitle.en").value("Regional cultural exchange and joint events"))
			.andExpect(jsonPath("$.countries[*].country").value(contains("KZ", "UZ", "KG", "TJ", "TM")))
			.andExpect(fields("$.countries[0]", "status", "AGREED", "iatiCode", 1, "iatiLabel",
					"Pipeline/identification", "percent", 40, "percentAsOf", "2025-12-01", "statusEffectiveOn",
					"2025-12-01", "lastRecordedAt", "2025-11-20T09:20:00Z", "sample", false))
			.andExpect(jsonPath("$.countries[1].sample").value(true))
			.andExpect(jsonPath("$.history[*].type").value(contains("PROPOSED", "PROPOSED", "PROPOSED", "PROPOSED",
					"PROPOSED", "STATUS_CHANGED", "PROGRESS_REPORTED", "STATUS_CHANGED")))
			.andExpect(jsonPath("$.history[0:5].country").value(contains("KZ", "UZ", "KG", "TJ", "TM")))
			.andExpect(jsonPath("$.history[0].to").value("PROPOSED"))
			.andExpect(fields("$.history[5]", "country", "KZ", "from", "PROPOSED", "to", "AGREED", "effectiveOn",
					"2025-12-01", "note", "Agreed by the ministry", "evidence",
					contains("https://example.org/decree-1.pdf"), "recordedAt", "2025-11-20T09:10:00Z", "actor",
					"liaison-kz", "actorRole", "LIAISON", "actorCountry", "KZ", "correlationId", "corr-1", "sample",
					false))
			.andExpect(fields("$.history[6]", "percent", 40, "asOf", "2025-12-01", "reportId", KZ_REPORT.toString()))
			.andExpect(jsonPath("$.history[7].sample").value(true));
	}

	@Test
	void progressReportIsServedWhereTheCommandSidePointsTo() throws Exception {
		getOk("/api/initiatives/{id}/progress-reports/{reportId}", CALENDAR.toString(), KZ_REPORT.toString())
			.andExpect(fields("$", "reportId", KZ_REPORT.toString(), "initiativeId", CALENDAR.toString(), "country",
					"KZ", "percent", 40, "asOf", "2025-12-01", "note", "Draft calendar circulated"))
			.andExpect(jsonPath("$.evidence", hasSize(2)))
			.andExpect(fields("$", "recordedAt", "2025-11-20T09:20:00Z", "correlationId", "corr-2", "sample", false));
	}

	@Test
	void countryCodeInThePathIsReadInAnyCase() throws Exception {
		getOk("/api/countries/kz/initiatives").andExpect(jsonPath("$.country.code").value("KZ"))
			.andExpect(jsonPath("$.country.alpha3").value("KAZ"))
			.andExpect(jsonPath("$.country.numeric").value("398"))
			.andExpect(fields("$.country.names", "en", "Kazakhstan", "kk", "Қазақстан", "ru", "Казахстан"))
			.andExpect(jsonPath("$.initiatives[*].initiativeId")
				.value(contains(CALENDAR.toString(), ARCHIVE_EXCHANGE.toString())))
			.andExpect(fields("$.initiatives[0]", "status", "AGREED", "iatiCode", 1, "percent", 40, "statusEffectiveOn",
					"2025-12-01"))
			.andExpect(jsonPath("$.initiatives[1].sample").value(true));
		getOk("/api/countries/Az/initiatives").andExpect(jsonPath("$.country.numeric").value("031"))
			.andExpect(jsonPath("$.initiatives[*].initiativeId").value(contains(ARCHIVE_EXCHANGE.toString())));
	}

	@Test
	void protocolShowsPartiesSignaturesAndDirectionsWithoutInventingTheNumber() throws Exception {
		getOk("/api/protocols/{id}", TASHKENT.toString()).andExpect(jsonPath("$.protocolId").value(TASHKENT.toString()))
			.andExpect(fields("$", "number", nullValue(), "meetingDate", "2025-11-14", "place", "Tashkent"))
			.andExpect(jsonPath("$.meetingTitle.en").value("First meeting of the culture ministers of Central Asia"))
			.andExpect(jsonPath("$.parties[*].country").value(contains("KZ", "UZ", "KG", "TJ", "TM", "AZ")))
			.andExpect(jsonPath("$.parties[0].role").value("MEMBER"))
			.andExpect(jsonPath("$.parties[0].designatedSignatory").value("Aida Balayeva"))
			.andExpect(fields("$.parties[0].signature", "signatory", "Aida Balayeva", "position",
					"Minister of Culture and Information", "signedOn", "2025-11-14"))
			.andExpect(fields("$.parties[5]", "role", "HONORARY_GUEST", "designatedSignatory", nullValue(), "signature",
					nullValue()))
			.andExpect(jsonPath("$.directions[*].directionId")
				.value(contains(CULTURAL_EXCHANGE.toString(), ARCHIVES.toString())))
			.andExpect(jsonPath("$.directions[1].title.ru").value("Архивное сотрудничество"));
		getOk("/api/protocols").andExpect(jsonPath("$[*].protocolId").value(contains(TASHKENT.toString())))
			.andExpect(jsonPath("$[0].parties", hasSize(6)));
	}

	@Test
	void directionAndSignatureAreServedWhereTheCommandSidePointsTo() throws Exception {
		getOk("/api/protocols/{id}/directions/{directionId}", TASHKENT.toString(), ARCHIVES.toString())
			.andExpect(jsonPath("$.protocolId").value(TASHKENT.toString()))
			.andExpect(jsonPath("$.directionId").value(ARCHIVES.toString()))
			.andExpect(jsonPath("$.title.ru").value("Архивное сотрудничество"))
			.andExpect(jsonPath("$.initiatives[*].initiativeId").value(contains(ARCHIVE_EXCHANGE.toString())));
		getOk("/api/protocols/{id}/signatures/{country}", TASHKENT.toString(), "kz")
			.andExpect(fields("$", "protocolId", TASHKENT.toString(), "country", "KZ", "signatory", "Aida Balayeva",
					"signedOn", "2025-11-14", "recordedAt", "2025-11-20T09:02:00Z"));
	}

	@Test
	void aProtocolCarriesItsVersionAsETagAndANewEventMovesIt() throws Exception {
		String path = "/api/protocols/" + TASHKENT;
		assertNewEventMovesTheEtag(path, 3,
				() -> protocolsProjection.on(
						new DirectionAgreed(TASHKENT, new DirectionId(UUID.randomUUID()),
								new LocalizedText(null, null, "Museums")),
						Fixtures.recorded(4L, Fixtures.later(40), Fixtures.secretariat())));
	}

	@Test
	void anInitiativesETagMovesOnceItsHistoryShowsTheNewEventToo() throws Exception {
		String path = "/api/initiatives/" + CALENDAR;
		RecordEtags.assertVersion(mvc, path, 3);
		ParticipationStatusChanged kyrgyzstanAgreed = Fixtures.statusChanged(CALENDAR, Country.KG,
				ParticipationStatus.PROPOSED, ParticipationStatus.AGREED, LocalDate.of(2025, 12, 5));

		project(() -> initiativesProjection.on(kyrgyzstanAgreed,
				Fixtures.recorded(4L, Fixtures.later(40), Fixtures.liaison(Country.KG, "corr-etag"))));
		RecordEtags.assertVersion(mvc, path, 3);

		project(() -> historyProjection.on(kyrgyzstanAgreed, "etag-kg-agreed",
				Fixtures.recorded(4L, Fixtures.later(40), Fixtures.liaison(Country.KG, "corr-etag"))));
		RecordEtags.assertVersion(mvc, path, 4);
	}

	@Test
	void listsAndTheMatrixCarryNoETag() throws Exception {
		for (String path : new String[] { "/api/status-matrix", "/api/initiatives", "/api/protocols" }) {
			getOk(path).andExpect(header().doesNotExist("ETag"));
		}
	}

	@Test
	void openApiDocumentDescribesTheApi() throws Exception {
		getOk("/v3/api-docs").andExpect(jsonPath("$.info.title").value(containsString("query API")))
			.andExpect(jsonPath("$.paths['/api/status-matrix'].get").exists())
			.andExpect(jsonPath("$.paths['/api/initiatives/{initiativeId}'].get.responses['404']").exists())
			.andExpect(jsonPath(
					"$.paths['/api/initiatives/{initiativeId}'].get.responses['200'].content['application/json'].schema['$ref']")
				.value("#/components/schemas/InitiativeDetail"))
			.andExpect(jsonPath(
					"$.paths['/api/initiatives/{initiativeId}'].get.responses['200'].headers['Tracker-View-Incomplete'].description")
				.value(containsString("parked until an admin retries them")))
			.andExpect(jsonPath("$.paths['/api/countries/{country}/initiatives'].get").exists())
			.andExpect(jsonPath("$.paths['/api/protocols/{protocolId}/signatures/{country}'].get").exists())
			.andExpect(jsonPath("$.paths['/']").doesNotExist());
		mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
	}

}
