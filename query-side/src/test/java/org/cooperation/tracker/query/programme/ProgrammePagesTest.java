package org.cooperation.tracker.query.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.query.programme.archive.ArchiveExchangeQueries;
import org.cooperation.tracker.query.programme.archive.ExchangeMatrix;
import org.cooperation.tracker.query.programme.marketplace.ListingFilter;
import org.cooperation.tracker.query.programme.marketplace.MarketplaceListings;
import org.cooperation.tracker.query.programme.marketplace.MarketplaceQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.ARCHIVES;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.MARKETPLACE;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The archive-exchange and marketplace pages render their read models, self-contained, in
 * Kazakh, Russian and English, with charts that say what their tables say.
 */
class ProgrammePagesTest extends ProgrammeRecordsTestBase {

	@Autowired
	private ArchiveExchangeQueries archives;

	@Autowired
	private MarketplaceQueries marketplaces;

	@BeforeEach
	void story() {
		recordTheProgrammeStory();
	}

	@Test
	void initiativePageLinksToItsKindsPage() throws Exception {
		assertInitiativePageLinksTo(ARCHIVES, "archive-exchange");
		assertInitiativePageLinksTo(MARKETPLACE, "marketplace");
		mvc.perform(get("/initiatives/{id}", calendar()))
			.andExpect(content()
				.string(allOf(not(containsString("/archive-exchange\"")), not(containsString("/marketplace\"")))));
	}

	@Test
	void statusMatrixCellsShowTheKindsFigures() throws Exception {
		in("en", "/status-matrix").andExpect(content().string(allOf(containsString("copies received"),
				containsString("copies delivered"), containsString("listings verified"))));
	}

	@Test
	void archiveExchangePageShowsTheMatrixTotalsAndWhatWaits() throws Exception {
		in("en", "/initiatives/{id}/archive-exchange", ARCHIVES)
			.andExpect(content().string(allOf(containsString("Exchange matrix"), containsString("<caption>"),
					containsString("scope=\"row\""), containsString("Holder ↓ · Receiver →"))))
			.andExpect(content().string(
					containsString("href=\"/initiatives/" + ARCHIVES + "/archive-exchange/pairs/kz/uz\">1 copy</a>")))
			.andExpect(content().string(allOf(containsString("copy-received"), containsString(">Received<"),
					containsString(">Declined<"), containsString("same country"))))
			.andExpect(content().string(allOf(containsString("What waits on each country"),
					containsString("Approve or decline"), containsString(">Transfer<"),
					containsString("Collected poems"), containsString("Nothing waits on this country."))))
			.andExpect(content().string(allOf(containsString("href=\"/css/archive-marketplace.css\""),
					containsString("class=\"chart heat-map\""), not(containsString("<script>")),
					not(containsString("style=\"")), not(containsString("src=\"http")))));
	}

	@Test
	void archiveExchangePageSpeaksKazakhAndRussian() throws Exception {
		in("kk", "/initiatives/{id}/archive-exchange", ARCHIVES).andExpect(
				content().string(allOf(containsString("<html lang=\"kk\""), containsString("<title>Мұрағат алмасуы: "),
						containsString("Алмасу матрицасы"), containsString("Ұстаушы ↓ · Алушы →"),
						containsString(">Қазақстан<"), containsString(">Алынды<"), containsString(">1 көшірме</a>"),
						containsString("Мақұлдау не бас тарту"), not(containsString("Exchange matrix")))));
		in("ru", "/initiatives/{id}/archive-exchange", ARCHIVES)
			.andExpect(content().string(allOf(containsString("<html lang=\"ru\""), containsString("Матрица обмена"),
					containsString("Держатель ↓ · Получатель →"), containsString(">Узбекистан<"),
					containsString(">Получена<"), containsString(">копий: 1</a>"),
					containsString("От этой страны ничего не ждут."), containsString("&quot;Копии&quot;"))));
		in("ru", "/initiatives/{id}/archive-exchange/pairs/KZ/uz", ARCHIVES)
			.andExpect(content().string(allOf(containsString("Копии: Казахстан → Узбекистан"),
					containsString("Физический носитель, передача 1"), containsString("не совпадает, копия не принята"),
					containsString("Шифр хранения"))));
	}

	@Test
	void theHeatMapCountsTheCopiesTheMatrixCounts() throws Exception {
		String html = page("en", "/initiatives/{id}/archive-exchange", ARCHIVES);
		ExchangeMatrix matrix = archives.matrix(ARCHIVES.value());
		JsonNode heatMap = ChartFigures.charts(html).get(0);
		List<String> names = matrix.countries().stream().map(Country::nameEn).toList();
		assertThat(heatMap.at("/xAxis/data")).extracting(JsonNode::asText).containsExactlyElementsOf(names);
		assertThat(heatMap.at("/yAxis/data")).extracting(JsonNode::asText).containsExactlyElementsOf(names);

		List<List<Object>> drawn = new ArrayList<>();
		heatMap.at("/series/0/data")
			.forEach((cell) -> drawn.add(List.of(matrix.countries().get(cell.get(1).asInt()).name(),
					matrix.countries().get(cell.get(0).asInt()).name(), cell.get(2).asLong())));
		List<List<Object>> tabled = ChartFigures.cells(html, "td")
			.stream()
			.filter((cell) -> cell.containsKey("copies"))
			.map((cell) -> List.<Object>of(cell.get("holder"), cell.get("receiver"),
					Long.parseLong(cell.get("copies"))))
			.toList();
		List<List<Object>> counted = matrix.rows()
			.stream()
			.flatMap((row) -> row.receivers()
				.entrySet()
				.stream()
				.map((pair) -> List.<Object>of(row.holder().name(), pair.getKey().name(), pair.getValue().total())))
			.toList();
		assertThat(tabled).hasSize(30).containsExactlyElementsOf(counted);
		assertThat(drawn).containsExactlyInAnyOrderElementsOf(tabled);
		assertThat(drawn).contains(List.of("KZ", "UZ", 1L), List.of("UZ", "KZ", 1L), List.of("KZ", "AZ", 1L),
				List.of("TJ", "TM", 0L));
	}

	@Test
	void pairPageShowsEachCopysStepsWithTheMismatch() throws Exception {
		in("en", "/initiatives/{id}/archive-exchange/pairs/KZ/uz", ARCHIVES)
			.andExpect(content().string(allOf(containsString("Copies from Kazakhstan to Uzbekistan"),
					containsString("Theatre letters"), containsString("F. 5, inv. 1, file 12"),
					containsString("mismatch, not accepted"), containsString("The drive arrived cracked"),
					containsString("Physical media, transfer 1"), containsString("liaison-uz"))));
		in("en", "/initiatives/{id}/archive-exchange/pairs/tj/tm", ARCHIVES)
			.andExpect(content().string(containsString("No copy has been offered or requested")));
	}

	@Test
	void marketplacePageShowsCountsListingsAndNoContactDetails() throws Exception {
		in("en", "/initiatives/{id}/marketplace", MARKETPLACE)
			.andExpect(content().string(allOf(containsString("4 listings shown, by country and craft"),
					containsString("Sample Jeweller TJ-1"), containsString("Felt maker"),
					containsString("The studio closed"), containsString("erased"), containsString(">sample<"),
					containsString("href=\"https://example.org/sample-jeweller-tj-1\""),
					containsString("<form class=\"filter\" method=\"get\""),
					containsString("Listings by craft and country"))))
			.andExpect(content().string(not(containsString("@example.org<"))));
		mvc.perform(get("/initiatives/{id}/marketplace", MARKETPLACE.toString()).param("craft", "WEAVER")
			.param("country", "")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Sample Weaver KG-2"),
					not(containsString("Sample Jeweller TJ-1")), containsString("value=\"WEAVER\" selected"))));
	}

	@Test
	void marketplacePageSpeaksKazakhAndRussian() throws Exception {
		in("kk", "/initiatives/{id}/marketplace", MARKETPLACE)
			.andExpect(content().string(allOf(containsString("<title>Маркетплейс: "),
					containsString("Көрсетілген жазбалар: 4, ел мен кәсіп бойынша"), containsString(">Киіз басушы<"),
					containsString(">Барлық кәсіптер<"), containsString(">Тәжікстан<"), containsString(">Тексерілді<"),
					containsString("&quot;Зергер&quot;"), not(containsString("Felt maker")))));
		in("ru", "/initiatives/{id}/marketplace", MARKETPLACE)
			.andExpect(content().string(allOf(containsString("Показано записей: 4, по странам и ремёслам"),
					containsString(">Мастер войлока<"), containsString(">Все страны<"), containsString(">Кыргызстан<"),
					containsString("Контактные данные удалены"), containsString("&quot;Ткач&quot;"))));
	}

	@Test
	void theListingsChartCountsWhatTheTableCounts() throws Exception {
		String html = page("en", "/initiatives/{id}/marketplace", MARKETPLACE);
		MarketplaceListings market = marketplaces.listings(MARKETPLACE.value(), new ListingFilter(null, null, null));
		JsonNode chart = ChartFigures.charts(html).get(0);
		List<Country> countries = List.copyOf(market.byCountryAndCraft().keySet());
		assertThat(chart.at("/xAxis/data")).extracting(JsonNode::asText)
			.containsExactlyElementsOf(countries.stream().map(Country::nameEn).toList());
		List<Craft> crafts = List.copyOf(market.byCraft().keySet());
		assertThat(chart.get("series")).extracting((series) -> series.get("name").asText())
			.containsExactly("Designer", "Jeweller", "Weaver", "Felt maker");

		List<Map<String, String>> cells = ChartFigures.cells(html, "td");
		for (int c = 0; c < crafts.size(); c++) {
			String craft = crafts.get(c).name();
			List<Long> tabled = cells.stream()
				.filter((cell) -> craft.equals(cell.get("craft")))
				.map((cell) -> Long.parseLong(cell.get("count")))
				.toList();
			int column = c;
			List<Long> counted = countries.stream()
				.map((country) -> market.byCountryAndCraft().get(country).getOrDefault(crafts.get(column), 0L))
				.toList();
			assertThat(ChartFigures.values(chart.get("series").get(c))).as(craft).isEqualTo(tabled).isEqualTo(counted);
		}
		assertThat(ChartFigures.values(chart.get("series").get(3))).containsExactly(0L, 1L, 0L);
	}

	@Test
	void pagesAnswerMistakesWithAnErrorPage() throws Exception {
		mvc.perform(get("/initiatives/{id}/archive-exchange", calendar()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("is a CULTURAL_CALENDAR initiative")));
		mvc.perform(get("/initiatives/{id}/marketplace", MARKETPLACE.toString()).param("craft", "astronaut")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("unknown craft")));
		mvc.perform(get("/initiatives/{id}/marketplace", MARKETPLACE.toString()).param("state", "lost")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "ru")
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("неизвестное состояние &#39;lost&#39;")));
		mvc.perform(
				get("/initiatives/{id}/archive-exchange/pairs/kz/kz", ARCHIVES.toString()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Қазақстан екі рет келмейді")));
	}

	/** The page in that language, as HTML. */
	private ResultActions in(String language, String uriTemplate, Object id) throws Exception {
		return mvc
			.perform(get(uriTemplate, id.toString()).header(HttpHeaders.ACCEPT_LANGUAGE, language)
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
	}

	private ResultActions in(String language, String uri) throws Exception {
		return in(language, uri, "");
	}

	private String page(String language, String uriTemplate, Object id) throws Exception {
		return in(language, uriTemplate, id).andReturn().getResponse().getContentAsString();
	}

}
