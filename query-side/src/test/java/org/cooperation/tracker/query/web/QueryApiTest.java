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
			.andExpect(jsonPath("$.rows[0].title.en").value("Central Asian cultural calendar"))
			.andExpect(jsonPath("$.rows[0].title.kk").value("Орталық Азия мәдени күнтізбесі"))
			.andExpect(jsonPath("$.rows[0].title.ru").value(nullValue()))
			.andExpect(jsonPath("$.rows[0].cells.KZ.status").value("AGREED"))
			.andExpect(jsonPath("$.rows[0].cells.KZ.iatiCode").value(1))
			.andExpect(jsonPath("$.rows[0].cells.KZ.iatiLabel").value("Pipeline/identification"))
			.andExpect(jsonPath("$.rows[0].cells.KZ.percent").value(40))
			.andExpect(jsonPath("$.rows[0].cells.KZ.statusEffectiveOn").value("2025-12-01"))
			.andExpect(jsonPath("$.rows[0].cells.KZ.lastRecordedAt").value("2025-11-20T09:20:00Z"))
			.andExpect(jsonPath("$.rows[0].cells.KZ.sample").value(false))
			.andExpect(jsonPath("$.rows[0].cells.UZ.sample").value(true))
			.andExpect(jsonPath("$.rows[0].cells.KG.status").value("PROPOSED"))
			.andExpect(jsonPath("$.rows[0].cells.KG.percent").value(nullValue()))
			.andExpect(jsonPath("$.rows[0].cells.KG.statusEffectiveOn").value(nullValue()))
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
			.andExpect(jsonPath("$[0].initiativeId").value(CALENDAR.toString()))
			.andExpect(jsonPath("$[0].protocolId").value(TASHKENT.toString()))
			.andExpect(jsonPath("$[0].directionId").value(CULTURAL_EXCHANGE.toString()))
			.andExpect(jsonPath("$[0].kind").value("CULTURAL_CALENDAR"))
			.andExpect(jsonPath("$[0].title.en").value("Central Asian cultural calendar"))
			.andExpect(
					jsonPath("$[0].description.en").value("A document uniting the region's important cultural events"))
			.andExpect(jsonPath("$[0].proposedBy").value("KZ"))
			.andExpect(jsonPath("$[0].participants").value(contains("KZ", "UZ", "KG", "TJ", "TM")))
			.andExpect(jsonPath("$[0].proposedAt").value("2025-11-20T09:00:00Z"))
			.andExpect(jsonPath("$[0].sample").value(false))
			.andExpect(jsonPath("$[1].initiativeId").value(ARCHIVE_EXCHANGE.toString()))
			.andExpect(jsonPath("$[1].description").value(nullValue()))
			.andExpect(jsonPath("$[1].sample").value(true));
	}

	@Test
	void initiativeShowsEachCountryAndTheWholeHistoryOldestFirst() throws Exception {
		getOk("/api/initiatives/{id}", CALENDAR.toString())
			.andExpect(jsonPath("$.initiativeId").value(CALENDAR.toString()))
			.andExpect(jsonPath("$.directionTitle.en").value("Regional cultural exchange and joint events"))
			.andExpect(jsonPath("$.countries[*].country").value(contains("KZ", "UZ", "KG", "TJ", "TM")))
			.andExpect(jsonPath("$.countries[0].status").value("AGREED"))
			.andExpect(jsonPath("$.countries[0].iatiCode").value(1))
			.andExpect(jsonPath("$.countries[0].iatiLabel").value("Pipeline/identification"))
			.andExpect(jsonPath("$.countries[0].percent").value(40))
			.andExpect(jsonPath("$.countries[0].percentAsOf").value("2025-12-01"))
			.andExpect(jsonPath("$.countries[0].statusEffectiveOn").value("2025-12-01"))
			.andExpect(jsonPath("$.countries[0].lastRecordedAt").value("2025-11-20T09:20:00Z"))
			.andExpect(jsonPath("$.countries[0].sample").value(false))
			.andExpect(jsonPath("$.countries[1].sample").value(true))
			.andExpect(jsonPath("$.history[*].type").value(contains("PROPOSED", "PROPOSED", "PROPOSED", "PROPOSED",
					"PROPOSED", "STATUS_CHANGED", "PROGRESS_REPORTED", "STATUS_CHANGED")))
			.andExpect(jsonPath("$.history[0:5].country").value(contains("KZ", "UZ", "KG", "TJ", "TM")))
			.andExpect(jsonPath("$.history[0].to").value("PROPOSED"))
			.andExpect(jsonPath("$.history[5].country").value("KZ"))
			.andExpect(jsonPath("$.history[5].from").value("PROPOSED"))
			.andExpect(jsonPath("$.history[5].to").value("AGREED"))
			.andExpect(jsonPath("$.history[5].effectiveOn").value("2025-12-01"))
			.andExpect(jsonPath("$.history[5].note").value("Agreed by the ministry"))
			.andExpect(jsonPath("$.history[5].evidence").value(contains("https://example.org/decree-1.pdf")))
			.andExpect(jsonPath("$.history[5].recordedAt").value("2025-11-20T09:10:00Z"))
			.andExpect(jsonPath("$.history[5].actor").value("liaison-kz"))
			.andExpect(jsonPath("$.history[5].actorRole").value("LIAISON"))
			.andExpect(jsonPath("$.history[5].actorCountry").value("KZ"))
			.andExpect(jsonPath("$.history[5].correlationId").value("corr-1"))
			.andExpect(jsonPath("$.history[5].sample").value(false))
			.andExpect(jsonPath("$.history[6].percent").value(40))
			.andExpect(jsonPath("$.history[6].asOf").value("2025-12-01"))
			.andExpect(jsonPath("$.history[6].reportId").value(KZ_REPORT.toString()))
			.andExpect(jsonPath("$.history[7].sample").value(true));
	}

	@Test
	void progressReportIsServedWhereTheCommandSidePointsTo() throws Exception {
		getOk("/api/initiatives/{id}/progress-reports/{reportId}", CALENDAR.toString(), KZ_REPORT.toString())
			.andExpect(jsonPath("$.reportId").value(KZ_REPORT.toString()))
			.andExpect(jsonPath("$.initiativeId").value(CALENDAR.toString()))
			.andExpect(jsonPath("$.country").value("KZ"))
			.andExpect(jsonPath("$.percent").value(40))
			.andExpect(jsonPath("$.asOf").value("2025-12-01"))
			.andExpect(jsonPath("$.note").value("Draft calendar circulated"))
			.andExpect(jsonPath("$.evidence", hasSize(2)))
			.andExpect(jsonPath("$.recordedAt").value("2025-11-20T09:20:00Z"))
			.andExpect(jsonPath("$.correlationId").value("corr-2"))
			.andExpect(jsonPath("$.sample").value(false));
	}

	@Test
	void countryCodeInThePathIsReadInAnyCase() throws Exception {
		getOk("/api/countries/kz/initiatives").andExpect(jsonPath("$.country.code").value("KZ"))
			.andExpect(jsonPath("$.country.alpha3").value("KAZ"))
			.andExpect(jsonPath("$.country.numeric").value("398"))
			.andExpect(jsonPath("$.country.names.en").value("Kazakhstan"))
			.andExpect(jsonPath("$.country.names.kk").value("Қазақстан"))
			.andExpect(jsonPath("$.country.names.ru").value("Казахстан"))
			.andExpect(jsonPath("$.initiatives[*].initiativeId")
				.value(contains(CALENDAR.toString(), ARCHIVE_EXCHANGE.toString())))
			.andExpect(jsonPath("$.initiatives[0].status").value("AGREED"))
			.andExpect(jsonPath("$.initiatives[0].iatiCode").value(1))
			.andExpect(jsonPath("$.initiatives[0].percent").value(40))
			.andExpect(jsonPath("$.initiatives[0].statusEffectiveOn").value("2025-12-01"))
			.andExpect(jsonPath("$.initiatives[1].sample").value(true));
		getOk("/api/countries/Az/initiatives").andExpect(jsonPath("$.country.numeric").value("031"))
			.andExpect(jsonPath("$.initiatives[*].initiativeId").value(contains(ARCHIVE_EXCHANGE.toString())));
	}

	@Test
	void protocolShowsPartiesSignaturesAndDirectionsWithoutInventingTheNumber() throws Exception {
		getOk("/api/protocols/{id}", TASHKENT.toString()).andExpect(jsonPath("$.protocolId").value(TASHKENT.toString()))
			.andExpect(jsonPath("$.number").value(nullValue()))
			.andExpect(jsonPath("$.meetingDate").value("2025-11-14"))
			.andExpect(jsonPath("$.place").value("Tashkent"))
			.andExpect(jsonPath("$.meetingTitle.en").value("First meeting of the culture ministers of Central Asia"))
			.andExpect(jsonPath("$.parties[*].country").value(contains("KZ", "UZ", "KG", "TJ", "TM", "AZ")))
			.andExpect(jsonPath("$.parties[0].role").value("MEMBER"))
			.andExpect(jsonPath("$.parties[0].designatedSignatory").value("Aida Balayeva"))
			.andExpect(jsonPath("$.parties[0].signature.signatory").value("Aida Balayeva"))
			.andExpect(jsonPath("$.parties[0].signature.position").value("Minister of Culture and Information"))
			.andExpect(jsonPath("$.parties[0].signature.signedOn").value("2025-11-14"))
			.andExpect(jsonPath("$.parties[5].role").value("HONORARY_GUEST"))
			.andExpect(jsonPath("$.parties[5].designatedSignatory").value(nullValue()))
			.andExpect(jsonPath("$.parties[5].signature").value(nullValue()))
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
			.andExpect(jsonPath("$.protocolId").value(TASHKENT.toString()))
			.andExpect(jsonPath("$.country").value("KZ"))
			.andExpect(jsonPath("$.signatory").value("Aida Balayeva"))
			.andExpect(jsonPath("$.signedOn").value("2025-11-14"))
			.andExpect(jsonPath("$.recordedAt").value("2025-11-20T09:02:00Z"));
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
