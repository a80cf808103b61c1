package org.cooperation.tracker.query.programme.brand.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.programme.ChartFigures;
import org.cooperation.tracker.query.programme.brand.WorkingGroupStory;
import org.cooperation.tracker.query.programme.brand.model.WorkingGroupProjection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.BRAND;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The working group's page on the story's records: the roster with its seats and each
 * country's position on each draft, as tables and as charts with the same figures, in
 * Kazakh, Russian and English.
 */
class WorkingGroupPageTest extends QuerySideTestBase {

	private static final String PAGE = "/initiatives/" + BRAND + "/working-group";

	@Autowired
	private WorkingGroupProjection workingGroups;

	@BeforeEach
	void story() {
		emptyReadModels();
		project(() -> {
			initiativesProjection.on(WorkingGroupStory.brandProposed(),
					Fixtures.recorded(0L, Fixtures.RECORDED, Fixtures.secretariat()));
			WorkingGroupStory.feed(workingGroups);
		});
	}

	@Test
	void theRosterCountsSeatsFilledAndVacantInTheTableAndTheChart() throws Exception {
		String html = page("en");
		List<Map<String, String>> rows = ChartFigures.cells(html, "tr")
			.stream()
			.filter((row) -> row.containsKey("filled"))
			.toList();
		assertThat(rows).extracting((row) -> row.get("country")).containsExactly("KZ", "UZ", "KG", "TJ", "TM");
		assertThat(rows).extracting((row) -> row.get("filled")).containsExactly("1", "1", "0", "1", "0");
		assertThat(rows).extracting((row) -> row.get("vacant")).containsExactly("2", "2", "3", "2", "3");

		JsonNode roster = ChartFigures.charts(html).get(0);
		assertThat(roster.at("/yAxis/data")).extracting(JsonNode::asText)
			.containsExactly("Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan");
		assertThat(roster.get("series")).extracting((series) -> series.get("name").asText())
			.containsExactly("Filled", "Vacant");
		assertThat(ChartFigures.values(roster.get("series").get(0)))
			.isEqualTo(rows.stream().map((row) -> Long.parseLong(row.get("filled"))).toList());
		assertThat(ChartFigures.values(roster.get("series").get(1)))
			.isEqualTo(rows.stream().map((row) -> Long.parseLong(row.get("vacant"))).toList());
	}

	@Test
	void eachDraftHasEveryCountrysPositionInTheGridAndTheChart() throws Exception {
		String html = page("en");
		List<Map<String, String>> cells = ChartFigures.cells(html, "td")
			.stream()
			.filter((cell) -> cell.containsKey("decision"))
			.toList();
		assertThat(cells).hasSize(10);
		// v1: KZ and TJ approved, KG withheld; v2: KZ approved, UZ withheld; the rest
		// took none.
		assertThat(cells).extracting((cell) -> cell.get("decision"))
			.containsExactly("APPROVED", "NONE", "WITHHELD", "APPROVED", "NONE", "APPROVED", "WITHHELD", "NONE", "NONE",
					"NONE");

		JsonNode approvals = ChartFigures.charts(html).get(1);
		assertThat(approvals.at("/yAxis/data")).extracting(JsonNode::asText).containsExactly("v1", "v2");
		assertThat(approvals.get("series")).extracting((series) -> series.get("name").asText())
			.containsExactly("Approved", "Withheld", "No position yet");
		List<String> decisions = List.of("APPROVED", "WITHHELD", "NONE");
		for (int s = 0; s < decisions.size(); s++) {
			String decision = decisions.get(s);
			List<Long> gridded = List.of(cells.subList(0, 5), cells.subList(5, 10))
				.stream()
				.map((draft) -> draft.stream().filter((cell) -> decision.equals(cell.get("decision"))).count())
				.toList();
			assertThat(ChartFigures.values(approvals.get("series").get(s))).as(decision).isEqualTo(gridded);
		}
		assertThat(ChartFigures.values(approvals.get("series").get(0))).containsExactly(2L, 1L);
		assertThat(html).contains("No position yet", ">Withheld<", "Each country’s position on each draft");
	}

	@Test
	void thePageSpeaksKazakhAndRussian() throws Exception {
		in("kk").andExpect(content().string(allOf(containsString("<html lang=\"kk\""),
				containsString("<title>Бренд жөніндегі жұмыс тобы: "), containsString("Елдер бойынша мүшелер"),
				containsString(">Төраға<"), containsString("толғаны: 1"), containsString("босы: 3"),
				containsString(">Қазақстан<"), containsString("Әзірге ұстаным жоқ"), containsString(">Мақұлдамады<"),
				containsString("тек 1-нұсқаны мақұлдаған: ол ескірген, есептелмейді"),
				containsString("&quot;Бос&quot;"), not(containsString("Members by country")))));
		in("ru").andExpect(content().string(allOf(containsString("<html lang=\"ru\""),
				containsString("Члены по странам"), containsString(">Председатель<"), containsString("свободно: 2"),
				containsString(">Кыргызстан<"), containsString("Позиции пока нет"), containsString(">Одобрила<"),
				containsString("Одобрение последнего проекта (версия 2)"), containsString("отзыв: "),
				containsString("&quot;Свободно&quot;"))));
	}

	private ResultActions in(String language) throws Exception {
		return mvc.perform(get(PAGE).header(HttpHeaders.ACCEPT_LANGUAGE, language).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
	}

	private String page(String language) throws Exception {
		return in(language).andReturn().getResponse().getContentAsString();
	}

}
