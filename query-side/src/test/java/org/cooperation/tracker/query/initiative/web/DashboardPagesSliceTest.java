package org.cooperation.tracker.query.initiative.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.query.deadletter.IncompleteRecords;
import org.cooperation.tracker.query.initiative.CountryInitiatives;
import org.cooperation.tracker.query.initiative.CountryProgress;
import org.cooperation.tracker.query.initiative.CountryQueries;
import org.cooperation.tracker.query.initiative.CountryWaiting;
import org.cooperation.tracker.query.initiative.CountryView;
import org.cooperation.tracker.query.initiative.InitiativeDetail;
import org.cooperation.tracker.query.initiative.InitiativeQueries;
import org.cooperation.tracker.query.matrix.MatrixFilter;
import org.cooperation.tracker.query.common.Moment;
import org.cooperation.tracker.query.matrix.StatusMatrix;
import org.cooperation.tracker.query.protocol.ProtocolQueries;
import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;

/**
 * {@link DashboardPages} in a slice: the matrix, initiative and country pages with their
 * models, and the error page for what is unknown or malformed.
 */
class DashboardPagesSliceTest extends QuerySliceTest {

	static final InitiativeDetail CALENDAR = initiative(INITIATIVE, InitiativeKind.CULTURAL_CALENDAR,
			"Central Asian cultural calendar");

	@Autowired
	InitiativeQueries initiatives;

	@Autowired
	ProtocolQueries protocols;

	@Autowired
	CountryQueries countries;

	@Autowired
	IncompleteRecords incomplete;

	@Test
	void theStatusMatrixIsTheHomePage() throws Exception {
		StatusMatrix empty = new StatusMatrix(List.of(), List.of());
		given(initiatives.statusMatrix(MatrixFilter.ALL, Moment.NOW)).willReturn(empty);
		given(protocols.protocols()).willReturn(List.of());
		page(get("/status-matrix").header(HttpHeaders.ACCEPT_LANGUAGE, "en"), "matrix")
			.andExpect(model().attribute("matrix", empty))
			.andExpect(model().attribute("protocols", List.of()))
			.andExpect(content().string(containsString("No initiative has been recorded yet.")));
	}

	@Test
	void aMatrixFilterThatNamesNothingGetsTheErrorPageSayingWhatItMayBe() throws Exception {
		given(protocols.protocols()).willReturn(List.of());
		errorPage(get("/status-matrix").header(HttpHeaders.ACCEPT_LANGUAGE, "en").param("kind", "FESTIVAL"), 400,
				"CULTURAL_CALENDAR");
		errorPage(get("/status-matrix").header(HttpHeaders.ACCEPT_LANGUAGE, "en").param("status", "DONE"), 400,
				"IMPLEMENTING");
		errorPage(get("/status-matrix").header(HttpHeaders.ACCEPT_LANGUAGE, "en").param("sort", "date"), 400, "TITLE");
		errorPage(get("/status-matrix").header(HttpHeaders.ACCEPT_LANGUAGE, "en").param("direction", "events"), 400,
				"(a UUID)");
		errorPage(get("/status-matrix.csv").header(HttpHeaders.ACCEPT_LANGUAGE, "en").param("kind", "FESTIVAL"), 400,
				"CULTURAL_CALENDAR");
	}

	@Test
	void anInitiativesPageSaysHowManyOfItsEventsAreParked() throws Exception {
		given(initiatives.initiative(CALENDAR.initiativeId())).willReturn(versioned(CALENDAR.initiativeId(), CALENDAR));
		given(incomplete.parkedEventsOf(CALENDAR.initiativeId().toString())).willReturn(2L);
		page(get("/initiatives/{id}", CALENDAR.initiativeId()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"), "initiative")
			.andExpect(model().attribute("initiative", CALENDAR))
			.andExpect(model().attribute("parkedEvents", 2L))
			.andExpect(model().attribute("pageTitle", "Central Asian cultural calendar"));
	}

	@Test
	void aCountrysPageAcceptsItsCodeInAnyCase() throws Exception {
		CountryInitiatives kazakhstan = new CountryInitiatives(CountryView.of(Country.KZ), List.of());
		given(initiatives.countryInitiatives(Country.KZ, Moment.NOW)).willReturn(kazakhstan);
		given(countries.progress(Country.KZ)).willReturn(new CountryProgress(Country.KZ, List.of(), List.of(), 0));
		given(countries.waiting(Country.KZ)).willReturn(new CountryWaiting(Country.KZ, List.of()));
		page(get("/countries/{code}", "kz").header(HttpHeaders.ACCEPT_LANGUAGE, "en"), "country")
			.andExpect(model().attribute("view", kazakhstan))
			.andExpect(model().attribute("pageTitle", "Kazakhstan"));
	}

	@Test
	void anUnknownInitiativeOrCountryAndAMalformedIdGetTheErrorPage() throws Exception {
		given(initiatives.initiative(UUID.fromString(UNKNOWN))).willThrow(notFound("no initiative with id " + UNKNOWN));
		errorPage(get("/initiatives/{id}", UNKNOWN).header(HttpHeaders.ACCEPT_LANGUAGE, "en"), 404,
				"no initiative with id")
			.andExpect(content().string(containsString("Back to the status matrix")));
		errorPage(get("/countries/xx").header(HttpHeaders.ACCEPT_LANGUAGE, "en"), 400, "unknown country");
		errorPage(get("/initiatives/not-a-uuid").header(HttpHeaders.ACCEPT_LANGUAGE, "en"), 400,
				"not a valid initiative id");
	}

}
