package org.cooperation.tracker.query.programme.brand.web;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.query.initiative.InitiativeDetail;
import org.cooperation.tracker.query.initiative.InitiativeQueries;
import org.cooperation.tracker.query.programme.brand.WorkingGroupQueries;
import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;

/**
 * {@link WorkingGroupPages} in a slice: the page of an initiative whose group is not
 * established yet, in Kazakh (the default), Russian and English, and the error page for
 * an unknown initiative.
 */
class WorkingGroupPagesSliceTest extends QuerySliceTest {

	@Autowired
	WorkingGroupQueries workingGroups;

	@Autowired
	InitiativeQueries initiatives;

	@Test
	void thePageSaysWhenNoGroupIsEstablished() throws Exception {
		InitiativeDetail brand = initiative(INITIATIVE, InitiativeKind.BRAND_WORKING_GROUP, "Common brand");
		given(workingGroups.established(INITIATIVE)).willReturn(Optional.empty());
		given(initiatives.initiative(INITIATIVE)).willReturn(versioned(INITIATIVE, brand));
		page(get("/initiatives/{id}/working-group", INITIATIVE).header(HttpHeaders.ACCEPT_LANGUAGE, "en"),
				"working-group")
			.andExpect(model().attribute("group", nullValue()))
			.andExpect(model().attribute("initiative", brand))
			.andExpect(model().attribute("pageTitle", "Brand working group: Common brand"))
			.andExpect(content().string(containsString("No working group is established for this initiative yet.")));
		page(get("/initiatives/{id}/working-group", INITIATIVE), "working-group")
			.andExpect(model().attribute("pageTitle", "Бренд жөніндегі жұмыс тобы: Common brand"))
			.andExpect(content().string(containsString("Бұл бастама үшін жұмыс тобы әлі құрылған жоқ.")));
		page(get("/initiatives/{id}/working-group", INITIATIVE).header(HttpHeaders.ACCEPT_LANGUAGE, "ru"),
				"working-group")
			.andExpect(model().attribute("pageTitle", "Рабочая группа по бренду: Common brand"))
			.andExpect(content().string(containsString("Рабочая группа для этой инициативы ещё не создана.")));
	}

	@Test
	void anUnknownInitiativeOrAMalformedIdGetsTheErrorPage() throws Exception {
		UUID unknown = UUID.fromString(UNKNOWN);
		given(workingGroups.established(unknown)).willReturn(Optional.empty());
		given(initiatives.initiative(unknown)).willThrow(notFound("no initiative with id " + UNKNOWN));
		errorPage(get("/initiatives/{id}/working-group", UNKNOWN), 404, "no initiative with id " + UNKNOWN);
		errorPage(get("/initiatives/nope/working-group").header(HttpHeaders.ACCEPT_LANGUAGE, "en"), 400,
				"not a valid initiative id");
	}

}
