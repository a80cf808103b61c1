package org.cooperation.tracker.query.initiative.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.query.QuerySideTestBase;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.Fixtures.CALENDAR;
import static org.cooperation.tracker.query.Fixtures.later;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The initiative page's timeline: every change, newest first, each with when, which
 * country, what changed and who recorded it, in each language.
 */
class InitiativeTimelineTest extends QuerySideTestBase {

	private static final Pattern ENTRY = Pattern
		.compile("<li data-type=\"([A-Z_]+)\">([\\s\\S]*?)</li>\\s*(?=<li data-type|</ol>)");

	@BeforeEach
	void recordTheStory() {
		recordTheTashkentStory();
	}

	@Test
	void everyChangeComesNewestFirstWithWhoRecordedIt() throws Exception {
		String page = page("en");
		List<String[]> entries = entries(page);

		// Uzbekistan agreed (demo data), Kazakhstan's report, Kazakhstan agreed, then the
		// proposal's one entry per member.
		assertThat(entries).extracting((entry) -> entry[0])
			.containsExactly("STATUS_CHANGED", "PROGRESS_REPORTED", "STATUS_CHANGED", "PROPOSED", "PROPOSED",
					"PROPOSED", "PROPOSED", "PROPOSED");
		String uzAgreed = entries.get(0)[1];
		assertThat(uzAgreed).contains("datetime=\"" + later(30) + "\"", ">Uzbekistan</a>", "Status changed", ">sample<",
				">Proposed</span>", ">Agreed</span>", "secretariat-1", "(Secretariat)");
		String kzReport = entries.get(1)[1];
		assertThat(kzReport)
			.contains("datetime=\"" + later(20) + "\"", ">Kazakhstan</a>", "Progress reported", "40%",
					"as of Dec 1, 2025", "liaison-kz", "(Liaison, Kazakhstan)", "Draft calendar circulated",
					"href=\"https://example.org/calendar-draft.pdf\"")
			.doesNotContain(">sample<");
		assertThat(entries.get(2)[1]).contains("Agreed by the ministry", "effective Dec 1, 2025",
				"href=\"https://example.org/decree-1.pdf\"", "(Liaison, Kazakhstan)");
		assertThat(entries.get(3)[1]).contains("Invited to take part.", "(Secretariat)");

		assertThat(page).contains("<ol reversed>", "<h2 id=\"timeline-title\">Timeline</h2>",
				"Every recorded change, newest first", "Data last updated:", "datetime=\"" + later(30) + "\"");
		// The per-country table stays.
		assertThat(page).contains("id=\"countries-title\"", "1 · Pipeline/identification");
	}

	@Test
	void theTimelineSpeaksKazakhAndRussian() throws Exception {
		String kk = page("kk");
		assertThat(kk).contains("<html lang=\"kk\"", "Өзгерістер хронологиясы", "(Байланыс өкілі, Қазақстан)",
				"(Хатшылық)", "Кім жазды:", "Деректер жаңартылды:");
		String ru = page("ru");
		assertThat(ru).contains("<html lang=\"ru\"", "Хронология изменений", "(Контактное лицо, Казахстан)",
				"(Секретариат)", "Кем записано:", "Приглашена к участию.", "Данные обновлены:");
		assertThat(entries(ru)).hasSize(8);
	}

	private String page(String language) throws Exception {
		return mvc
			.perform(get("/initiatives/{id}", CALENDAR.toString()).header("Accept-Language", language)
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<String[]> entries(String page) {
		List<String[]> entries = new ArrayList<>();
		Matcher matcher = ENTRY.matcher(page);
		while (matcher.find()) {
			entries.add(new String[] { matcher.group(1), matcher.group(2) });
		}
		return entries;
	}

}
