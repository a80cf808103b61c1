package org.cooperation.tracker.query.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.cooperation.tracker.kernel.common.EvidenceLink;
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
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.ProblemAnswers.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The status matrix at moments of the past, on both time axes, from a scripted history
 * with a back-dated change recorded late: Uzbekistan's agreement took effect on 20
 * January and was recorded only on 5 March.
 */
class PastMatrixTest extends QuerySideTestBase {

	private static final InitiativeId INITIATIVE = new InitiativeId(
			java.util.UUID.fromString("0b7e4f38-6a55-4e0c-8d1e-2f9a7c3b5d11"));

	@BeforeEach
	void script() {
		emptyReadModels();
		project(() -> {
			InitiativeProposed proposed = new InitiativeProposed(INITIATIVE, Fixtures.TASHKENT,
					Fixtures.CULTURAL_EXCHANGE, InitiativeKind.OTHER, LocalizedText.english("Joint festival"), null,
					Country.KZ, Set.of(Country.KZ, Country.UZ));
			initiativesProjection.on(proposed, at(0, "2026-01-10T09:00:00Z", Fixtures.secretariat()));
			historyProjection.on(proposed, "past-0", at(0, "2026-01-10T09:00:00Z", Fixtures.secretariat()));
			changed(1, "2026-01-15T10:00:00Z", Country.KZ, ParticipationStatus.PROPOSED, ParticipationStatus.AGREED,
					"2026-01-15");
			reported(2, "2026-02-01T10:00:00Z", Country.KZ, 30, "2026-02-01");
			changed(3, "2026-03-01T08:00:00Z", Country.KZ, ParticipationStatus.AGREED, ParticipationStatus.PREPARING,
					"2026-03-01");
			reported(4, "2026-03-02T10:00:00Z", Country.KZ, 60, "2026-03-02");
			// Back-dated: in effect since 20 January, recorded on 5 March.
			changed(5, "2026-03-05T10:00:00Z", Country.UZ, ParticipationStatus.PROPOSED, ParticipationStatus.AGREED,
					"2026-01-20");
		});
	}

	@ParameterizedTest(name = "{0}={1}: KZ {2} {3}, UZ {4}")
	@CsvSource(nullValues = "-", value = { //
			"asOf,        2026-01-12T00:00:00Z, PROPOSED,  -,  PROPOSED",
			"asOf,        2026-02-15T00:00:00Z, AGREED,    30, PROPOSED",
			"asOf,        2026-03-02T12:00:00Z, PREPARING, 60, PROPOSED",
			"asOf,        2026-03-06T00:00:00Z, PREPARING, 60, AGREED",
			"asOf,        2026-03-02T15:00:00+05:00, PREPARING, 60, PROPOSED",
			"effectiveOn, 2026-01-16,           AGREED,    -,  PROPOSED",
			"effectiveOn, 2026-02-15,           AGREED,    30, AGREED",
			"effectiveOn, 2026-03-01,           PREPARING, 30, AGREED",
			"effectiveOn, 2026-03-10,           PREPARING, 60, AGREED" })
	void eachAxisGivesTheMatrixAsItStoodThen(String axis, String moment, String kazakhstan, Integer percent,
			String uzbekistan) throws Exception {
		String expectedAxis = axis.equals("asOf") ? "RECORDED" : "EFFECTIVE";
		mvc.perform(get("/api/status-matrix").param(axis, moment))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.moment.axis").value(expectedAxis))
			.andExpect(jsonPath("$.rows", hasSize(1)))
			.andExpect(jsonPath("$.rows[0].cells.KZ.status").value(kazakhstan))
			.andExpect(jsonPath("$.rows[0].cells.KZ.percent").value((Object) percent))
			.andExpect(jsonPath("$.rows[0].cells.UZ.status").value(uzbekistan))
			.andExpect(jsonPath("$.rows[0].cells.UZ.percent").value(nullValue()));
	}

	@Test
	void beforeTheProposalThereIsNoRowAndNowIsTheCurrentMatrix() throws Exception {
		getOk("/api/status-matrix?asOf=2026-01-09T00:00:00Z").andExpect(jsonPath("$.rows", hasSize(0)))
			.andExpect(jsonPath("$.moment.asOf").value("2026-01-09T00:00:00Z"));
		getOk("/api/status-matrix?effectiveOn=2026-01-09").andExpect(jsonPath("$.rows", hasSize(0)))
			.andExpect(jsonPath("$.moment.effectiveOn").value("2026-01-09"));
		getOk("/api/status-matrix").andExpect(jsonPath("$.moment.axis").value("CURRENT"))
			.andExpect(jsonPath("$.rows[0].cells.KZ.status").value("PREPARING"))
			.andExpect(jsonPath("$.rows[0].cells.KZ.percent").value(60))
			.andExpect(jsonPath("$.rows[0].cells.UZ.status").value("AGREED"));
	}

	@Test
	void anInitiativeReadsAsItStoodThenWithItsHistoryUpToThen() throws Exception {
		getOk("/api/initiatives/{id}?effectiveOn=2026-02-15", INITIATIVE.value())
			.andExpect(jsonPath("$.moment.axis").value("EFFECTIVE"))
			.andExpect(jsonPath("$.countries[0].country").value("KZ"))
			.andExpect(jsonPath("$.countries[0].status").value("AGREED"))
			.andExpect(jsonPath("$.countries[0].percent").value(30))
			.andExpect(jsonPath("$.countries[0].percentAsOf").value("2026-02-01"))
			.andExpect(jsonPath("$.countries[1].status").value("AGREED"))
			.andExpect(jsonPath("$.history", hasSize(5)));
		getOk("/api/initiatives/{id}?asOf=2026-02-15T00:00:00Z", INITIATIVE.value())
			.andExpect(jsonPath("$.moment.axis").value("RECORDED"))
			.andExpect(jsonPath("$.countries[1].status").value("PROPOSED"))
			.andExpect(jsonPath("$.history", hasSize(4)))
			.andExpect(header().doesNotExist(HttpHeaders.ETAG));
		problem(mvc.perform(get("/api/initiatives/{id}?asOf=2026-01-09T00:00:00Z", INITIATIVE.value())), 404);
		getOk("/api/initiatives/{id}", INITIATIVE.value()).andExpect(jsonPath("$.moment.axis").value("CURRENT"))
			.andExpect(header().exists(HttpHeaders.ETAG));
	}

	@Test
	void aMomentThatIsNotOneIsRefusedInTheReadersLanguage() throws Exception {
		problem(read("asOf=2026-03-01", "en"), 400).andExpect(jsonPath("$.detail", containsString("not an instant")));
		problem(read("asOf=yesterday", "ru"), 400).andExpect(jsonPath("$.detail", containsString("не момент")));
		problem(read("asOf=2999-01-01T00:00:00Z", "en"), 400)
			.andExpect(jsonPath("$.detail", containsString("still to come")));
		problem(read("effectiveOn=15.02.2026", "kk"), 400).andExpect(jsonPath("$.detail", containsString("күн емес")));
		problem(read("asOf=2026-03-01T00:00:00Z&effectiveOn=2026-03-01", "en"), 400)
			.andExpect(jsonPath("$.detail", containsString("not both")));
	}

	@Test
	void theMatrixPageShowsADateOfThePastAndMarksWhatChangedSinceAnother() throws Exception {
		String page = getOkIn("en", "/status-matrix?axis=effective&on=2026-02-15&compare=2026-01-16").andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("As in effect on", "2 of 2 cells changed", "class=\"changed\"", "Proposed")
			.contains("name=\"on\" value=\"2026-02-15\"", "name=\"compare\" value=\"2026-01-16\"")
			.contains("/status-matrix.csv?axis=effective&amp;on=2026-02-15");
		String recorded = getOkIn("en", "/status-matrix?on=2026-01-12").andReturn().getResponse().getContentAsString();
		assertThat(recorded).contains("As recorded by the end of");
		assertThat(recorded.substring(recorded.indexOf("<table class=\"matrix\">"), recorded.indexOf("</table>")))
			.contains("status-proposed")
			.doesNotContain("status-agreed");
		assertThat(getOkIn("en", "/status-matrix.csv?axis=effective&on=2026-02-15").andReturn()
			.getResponse()
			.getContentAsString()).contains("Uzbekistan,UZ,Agreed");
	}

	@Test
	void aCellOfThePastOpensTheInitiativeAtTheSameMoment() throws Exception {
		String matrix = getOkIn("en", "/status-matrix?axis=recorded&on=2026-02-15").andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(matrix).contains("/initiatives/" + INITIATIVE.value()
				+ "?country=uz&amp;axis=recorded&amp;on=2026-02-15#timeline-title");

		String initiative = getOkIn("en", "/initiatives/{id}?country=uz&axis=recorded&on=2026-02-15",
				INITIATIVE.value())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(initiative).contains("As recorded by the end of", "Back to today");
		String timeline = initiative.substring(initiative.indexOf("id=\"timeline-title\""));
		assertThat(timeline.substring(0, timeline.indexOf("</section>"))).as("Uzbekistan's timeline by 15 February")
			.contains("Invited to take part")
			.doesNotContain("Agreed");
		mvc.perform(get("/initiatives/{id}?axis=later&on=2026-02-15", INITIATIVE.value())
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")).andExpect(status().isBadRequest());
	}

	@Test
	void aCountryReadsAsItStoodThen() throws Exception {
		getOk("/api/countries/uz/initiatives?effectiveOn=2026-01-19")
			.andExpect(jsonPath("$.moment.axis").value("EFFECTIVE"))
			.andExpect(jsonPath("$.initiatives[0].status").value("PROPOSED"));
		getOk("/api/countries/uz/initiatives?effectiveOn=2026-01-20")
			.andExpect(jsonPath("$.initiatives[0].status").value("AGREED"));
		getOk("/api/countries/kz/initiatives?asOf=2026-01-09T00:00:00Z")
			.andExpect(jsonPath("$.initiatives", hasSize(0)));
		String page = getOkIn("ru", "/countries/uz?axis=effective&on=2026-01-20").andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Как действовало на", "Вернуться к сегодняшнему дню", "status-agreed");
	}

	@Test
	void aDayOrAxisThatIsNotOneGetsThePageWithAClearMessage() throws Exception {
		mvc.perform(get("/status-matrix?on=15.02.2026").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is not a day")));
		mvc.perform(get("/status-matrix?axis=sideways&on=2026-02-01").header(HttpHeaders.ACCEPT_LANGUAGE, "ru"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("не ось времени")));
	}

	private ResultActions read(String query, String language) throws Exception {
		return mvc.perform(get("/api/status-matrix?" + query).header(HttpHeaders.ACCEPT_LANGUAGE, language));
	}

	private void changed(long sequence, String recordedAt, Country country, ParticipationStatus from,
			ParticipationStatus to, String effectiveOn) {
		ParticipationStatusChanged changed = new ParticipationStatusChanged(INITIATIVE, country, from, to,
				LocalDate.parse(effectiveOn), "Decided", List.of());
		initiativesProjection.on(changed, at(sequence, recordedAt, Fixtures.liaison(country, "past-" + sequence)));
		historyProjection.on(changed, "past-" + sequence,
				at(sequence, recordedAt, Fixtures.liaison(country, "past-" + sequence)));
	}

	private void reported(long sequence, String recordedAt, Country country, int percent, String asOf) {
		ProgressReported report = new ProgressReported(INITIATIVE, ProgressReportId.random(), country,
				new ProgressPercent(percent), LocalDate.parse(asOf), "Progress",
				List.of(EvidenceLink.of("https://example.org/report-" + sequence)));
		initiativesProjection.on(report, at(sequence, recordedAt, Fixtures.liaison(country, "past-" + sequence)));
		historyProjection.on(report, "past-" + sequence,
				at(sequence, recordedAt, Fixtures.liaison(country, "past-" + sequence)));
	}

	private static org.cooperation.tracker.query.common.Recorded at(long sequence, String instant,
			org.axonframework.messaging.MetaData metaData) {
		return Fixtures.recorded(sequence, Instant.parse(instant), metaData);
	}

}
