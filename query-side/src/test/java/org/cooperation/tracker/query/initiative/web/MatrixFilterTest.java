package org.cooperation.tracker.query.initiative.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The matrix page filtered by direction, kind and a country's status, and sorted; its
 * downloads carry the same filter and hold the same rows; a filter value that names
 * nothing gets the page's 400 with what it may be.
 */
class MatrixFilterTest extends QuerySideTestBase {

	private static final String CALENDAR = "Central Asian cultural calendar";

	private static final String ARCHIVES = "Exchange of archival material copies";

	/** Proposed last, first by title. */
	private static final String ANOTHER = "Another initiative, proposed last";

	@BeforeEach
	void story() {
		recordTheTashkentStory();
		project(() -> initiativesProjection.on(
				new InitiativeProposed(InitiativeId.random(), Fixtures.TASHKENT, Fixtures.CULTURAL_EXCHANGE,
						InitiativeKind.OTHER, LocalizedText.english(ANOTHER), null, Country.TJ, Set.of(Country.TJ)),
				Fixtures.recorded(0L, Fixtures.later(50), Fixtures.secretariat())));
	}

	@Test
	void byKind() throws Exception {
		String page = page("/status-matrix?kind=archive_exchange");
		assertThat(page).contains(ARCHIVES).doesNotContain(CALENDAR).doesNotContain(ANOTHER);
		assertThat(page).contains("href=\"/status-matrix.csv?kind=ARCHIVE_EXCHANGE\"")
			.contains("href=\"/status-matrix.xlsx?kind=ARCHIVE_EXCHANGE\"");
	}

	@Test
	void byDirection() throws Exception {
		String page = page("/status-matrix?direction=" + Fixtures.ARCHIVES.value());
		assertThat(page).contains(ARCHIVES).doesNotContain(CALENDAR).doesNotContain(ANOTHER);
		assertThat(page("/status-matrix?direction=" + Fixtures.CULTURAL_EXCHANGE.value())).contains(CALENDAR, ANOTHER)
			.doesNotContain(ARCHIVES);
	}

	@Test
	void byACountrysStatus() throws Exception {
		assertThat(page("/status-matrix?status=AGREED")).contains(CALENDAR)
			.doesNotContain(ARCHIVES)
			.doesNotContain(ANOTHER);
		assertThat(page("/status-matrix?status=COMPLETED")).contains("No initiative matches this filter.")
			.doesNotContain("Download what this matrix shows");
	}

	@Test
	void sorted() throws Exception {
		String proposed = page("/status-matrix");
		assertThat(proposed.indexOf(CALENDAR)).isLessThan(proposed.indexOf(ARCHIVES));
		assertThat(proposed.indexOf(ARCHIVES)).isLessThan(proposed.indexOf(ANOTHER));
		String byTitle = page("/status-matrix?sort=title");
		assertThat(byTitle.indexOf(ANOTHER)).isLessThan(byTitle.indexOf(CALENDAR));
		assertThat(byTitle.indexOf(CALENDAR)).isLessThan(byTitle.indexOf(ARCHIVES));
		String byKind = page("/status-matrix?sort=KIND");
		assertThat(byKind.indexOf(CALENDAR)).isLessThan(byKind.indexOf(ARCHIVES));
		assertThat(byKind.indexOf(ARCHIVES)).isLessThan(byKind.indexOf(ANOTHER));
	}

	@Test
	void theDownloadsHoldTheFilteredRowsInTheSameOrder() throws Exception {
		String csv = getOkIn("en", "/status-matrix.csv?status=agreed").andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains(CALENDAR).doesNotContain(ARCHIVES).doesNotContain(ANOTHER);
		String byTitle = getOkIn("en", "/status-matrix.csv?sort=title").andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(byTitle.indexOf(ANOTHER)).isLessThan(byTitle.indexOf(CALENDAR));
	}

	@Test
	void aValueThatNamesNothingIsA400PageThatSaysWhatItMayBe() throws Exception {
		mvc.perform(get("/status-matrix?kind=festival").header(HttpHeaders.ACCEPT_LANGUAGE, "en").accept("text/html"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("CULTURAL_CALENDAR")))
			.andExpect(content().string(not(containsString(CALENDAR))));
		mvc.perform(get("/status-matrix.xlsx?direction=events").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.accept("text/html"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("(a UUID)")));
	}

	private String page(String path) throws Exception {
		return getOkIn("en", path).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
