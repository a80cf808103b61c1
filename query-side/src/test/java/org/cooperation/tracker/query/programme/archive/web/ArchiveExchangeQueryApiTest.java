package org.cooperation.tracker.query.programme.archive.web;

import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.programme.archive.model.ArchiveExchangeProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyWithdrawn;
import org.cooperation.tracker.query.programme.ProgrammeRecordsTestBase;

import org.springframework.beans.factory.annotation.Autowired;

import static org.cooperation.tracker.query.JsonFields.fields;
import static org.cooperation.tracker.query.ProblemAnswers.problem;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.ARCHIVES;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.DAMAGED;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.LETTERS;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.POEMS;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.RESENT;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.SENT;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.SURVEY;
import static org.cooperation.tracker.query.Fixtures.later;
import static org.cooperation.tracker.query.Fixtures.liaison;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The archive exchange over the query API, field by field, and its problems. */
class ArchiveExchangeQueryApiTest extends ProgrammeRecordsTestBase {

	static final String BASE = "/api/initiatives/" + ARCHIVES + "/archive-exchange";

	@Autowired
	private ArchiveExchangeProjection archive;

	@BeforeEach
	void story() {
		recordTheProgrammeStory();
	}

	@Test
	void aCopyCarriesItsVersionAsETagAndANewEventMovesIt() throws Exception {
		String path = BASE + "/copies/" + POEMS;
		assertNewEventMovesTheEtag(path, 1,
				() -> archive.on(
						new ArchiveCopyWithdrawn(POEMS, ARCHIVES, Country.KZ, Country.AZ, Country.KZ,
								ArchiveCopyState.APPROVED, "Sent elsewhere"),
						"etag-1", Fixtures.recorded(2L, later(60), liaison(Country.KZ, "c-e"))));
	}

	@Test
	void matrixCountsEveryOrderedPairByStateWithTotalsPerCountry() throws Exception {
		getOk(BASE + "/matrix").andExpect(jsonPath("$.initiativeId").value(ARCHIVES.toString()))
			.andExpect(jsonPath("$.title.en").value("Exchange of archival material copies"))
			.andExpect(jsonPath("$.countries").value(contains("KZ", "UZ", "KG", "TJ", "TM", "AZ")))
			.andExpect(jsonPath("$.states", hasSize(8)))
			.andExpect(jsonPath("$.rows", hasSize(6)))
			.andExpect(jsonPath("$.rows[0].holder").value("KZ"))
			.andExpect(jsonPath("$.rows[0].receivers", not(hasKey("KZ"))))
			.andExpect(jsonPath("$.rows[0].receivers.UZ.total").value(1))
			.andExpect(jsonPath("$.rows[0].receivers.UZ.byState.RECEIVED").value(1))
			.andExpect(jsonPath("$.rows[0].receivers.UZ.byState.CHECKSUM_MISMATCH").value(0))
			.andExpect(jsonPath("$.rows[0].receivers.AZ.byState.APPROVED").value(1))
			.andExpect(jsonPath("$.rows[0].receivers.KG.total").value(0))
			.andExpect(jsonPath("$.rows[1].holder").value("UZ"))
			.andExpect(jsonPath("$.rows[1].receivers.KZ.byState.REQUESTED").value(1))
			.andExpect(jsonPath("$.rows[5].holder").value("AZ"))
			.andExpect(jsonPath("$.rows[5].receivers.KZ.byState.DECLINED").value(1))
			.andExpect(fields("$.totals[0]", "country", "KZ", "received", 0, "delivered", 1, "waitingOn", 1))
			.andExpect(fields("$.totals[1]", "country", "UZ", "received", 1, "waitingOn", 1))
			.andExpect(jsonPath("$.totals[5].waitingOn").value(0));
	}

	@Test
	void pairLedgerHasEveryCopyWithItsWholeHistoryInOrder() throws Exception {
		getOk(BASE + "/pairs/kz/Uz").andExpect(jsonPath("$.holder").value("KZ"))
			.andExpect(jsonPath("$.receiver").value("UZ"))
			.andExpect(jsonPath("$.counts.total").value(1))
			.andExpect(jsonPath("$.copies", hasSize(1)))
			.andExpect(fields("$.copies[0]", "copyId", LETTERS.toString(), "startedAs", "OFFERED", "materialType",
					"DOCUMENTARY"))
			.andExpect(jsonPath("$.copies[0].title.en").value("Theatre letters"))
			.andExpect(fields("$.copies[0]", "reference", "F. 5, inv. 1, file 12", "state", "RECEIVED", "waitingOn",
					nullValue(), "nextStep", nullValue(), "checksum", RESENT.hex(), "medium", "DIGITAL_TRANSFER",
					"transfers", 2, "sentOn", "2026-01-20", "receivedOn", "2026-01-21", "startedAt", at(10),
					"stateSince", at(15), "sample", false))
			.andExpect(jsonPath("$.copies[0].steps[*].state")
				.value(contains("OFFERED", "APPROVED", "TRANSFERRED", "CHECKSUM_MISMATCH", "TRANSFERRED", "RECEIVED")))
			.andExpect(jsonPath("$.copies[0].steps[*].country").value(contains("KZ", "UZ", "KZ", "UZ", "KZ", "UZ")))
			.andExpect(fields("$.copies[0].steps[2]", "checksum", SENT.hex(), "medium", "PHYSICAL_MEDIA", "attempt", 1,
					"on", "2026-01-10"))
			.andExpect(fields("$.copies[0].steps[3]", "checksum", SENT.hex(), "computedChecksum", DAMAGED.hex(),
					"remark", "The drive arrived cracked", "actor", "liaison-uz", "correlationId", "c-4", "recordedAt",
					at(13)));
		getOk(BASE + "/pairs/UZ/KZ").andExpect(jsonPath("$.copies[0].copyId").value(SURVEY.toString()))
			.andExpect(jsonPath("$.copies[0].waitingOn").value("UZ"))
			.andExpect(jsonPath("$.copies[0].nextStep").value("APPROVE"));
		getOk(BASE + "/pairs/KG/TJ").andExpect(jsonPath("$.counts.total").value(0))
			.andExpect(jsonPath("$.copies", hasSize(0)));
	}

	@Test
	void oneCopyIsServedWhereTheCommandSidePointsTo() throws Exception {
		getOk(BASE + "/copies/{id}", POEMS.toString()).andExpect(jsonPath("$.holder").value("KZ"))
			.andExpect(fields("$", "receiver", "AZ", "state", "APPROVED", "waitingOn", "KZ", "nextStep", "TRANSFER",
					"sample", true))
			.andExpect(jsonPath("$.steps[*].sample").value(contains(false, true)));
	}

	@Test
	void waitingListsWhatEachParticipantHasToDoNext() throws Exception {
		getOk(BASE + "/waiting").andExpect(jsonPath("$.countries[*].country").value(contains("KZ", "UZ", "AZ")))
			.andExpect(jsonPath("$.countries[0].items", hasSize(1)))
			.andExpect(fields("$.countries[0].items[0]", "copyId", POEMS.toString(), "as", "HOLDER", "nextStep",
					"TRANSFER", "state", "APPROVED"))
			.andExpect(jsonPath("$.countries[0].items[0].title.en").value("Collected poems"))
			.andExpect(jsonPath("$.countries[0].items[0].since").value(at(18)))
			.andExpect(jsonPath("$.countries[1].items[0].copyId").value(SURVEY.toString()))
			.andExpect(jsonPath("$.countries[1].items[0].nextStep").value("APPROVE"))
			.andExpect(jsonPath("$.countries[2].items", hasSize(0)));
		mvc.perform(get(BASE + "/waiting").param("country", "uz"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.countries[*].country").value(contains("UZ")));
	}

	@Test
	void statusMatrixShowsCopiesReceivedAndDeliveredPerCountry() throws Exception {
		getOk("/api/status-matrix").andExpect(jsonPath("$.rows[1].initiativeId").value(ARCHIVES.toString()))
			.andExpect(jsonPath("$.rows[1].cells.UZ.figures[0].label").value("copy received"))
			.andExpect(jsonPath("$.rows[1].cells.UZ.figures[0].value").value(1))
			.andExpect(jsonPath("$.rows[1].cells.UZ.figures[1].label").value("copies delivered"))
			.andExpect(jsonPath("$.rows[1].cells.UZ.figures[1].value").value(0))
			.andExpect(jsonPath("$.rows[1].cells.KZ.figures[0].value").value(0))
			.andExpect(jsonPath("$.rows[1].cells.KZ.figures[1].value").value(1))
			.andExpect(jsonPath("$.rows[1].cells.AZ.figures[0].value").value(0))
			.andExpect(jsonPath("$.rows[0].cells.KZ.figures", hasSize(0)));
	}

	@Test
	void anInitiativeOfAnotherKindHasNoArchiveExchange() throws Exception {
		problem(mvc.perform(get("/api/initiatives/{id}/archive-exchange/matrix", calendar())), 404)
			.andExpect(jsonPath("$.detail").value(containsString("is a CULTURAL_CALENDAR initiative")));
		problem(mvc.perform(get("/api/initiatives/{id}/archive-exchange/copies/{c}", calendar(), POEMS.toString())),
				404);
	}

	@Test
	void unknownThingsAreNotFoundAndMalformedOnesAreBadRequests() throws Exception {
		String unknown = "0b7a4c2e-1d3f-4e5a-9b6c-7d8e9f0a1b2c";
		problem(mvc.perform(get("/api/initiatives/{id}/archive-exchange/waiting", unknown)), 404)
			.andExpect(jsonPath("$.detail").value("no initiative with id " + unknown));
		problem(mvc.perform(get(BASE + "/copies/{c}", unknown)), 404)
			.andExpect(jsonPath("$.detail").value(containsString("has no archive copy with id " + unknown)));
		problem(mvc.perform(get(BASE + "/copies/nope")), 400);
		problem(mvc.perform(get(BASE + "/pairs/KZ/kz")), 400)
			.andExpect(jsonPath("$.detail").value(containsString("not KZ twice")));
		problem(mvc.perform(get(BASE + "/pairs/KZ/RU")), 400)
			.andExpect(jsonPath("$.detail").value(containsString("unknown country 'RU'")));
		problem(mvc.perform(get(BASE + "/waiting").param("country", "xx")), 400);
	}

	@Test
	void openApiDocumentsTheArchiveExchange() throws Exception {
		getOk("/v3/api-docs")
			.andExpect(jsonPath("$.paths", hasKey("/api/initiatives/{initiativeId}/archive-exchange/matrix")))
			.andExpect(jsonPath("$.paths",
					hasKey("/api/initiatives/{initiativeId}/archive-exchange/pairs/{holder}/{receiver}")))
			.andExpect(jsonPath("$.paths", hasKey("/api/initiatives/{initiativeId}/archive-exchange/waiting")));
	}

}
