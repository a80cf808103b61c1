package org.cooperation.tracker.query.initiative.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.ProgressPercent;
import org.cooperation.tracker.kernel.initiative.ProgressReportId;
import org.cooperation.tracker.kernel.initiative.ProgressReported;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyTransferred;
import org.cooperation.tracker.kernel.programme.archive.TransferMedium;
import org.cooperation.tracker.kernel.programme.brand.ConceptDraftApproved;
import org.cooperation.tracker.kernel.programme.brand.DraftVersion;
import org.cooperation.tracker.kernel.programme.brand.MemberRole;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEventResubmitted;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.initiative.AwaitedKind;
import org.cooperation.tracker.query.initiative.CountryQueries;
import org.cooperation.tracker.query.initiative.CountryWaiting;
import org.cooperation.tracker.query.programme.ProgrammeFixtures;
import org.cooperation.tracker.query.programme.ProgrammeRecordsTestBase;
import org.cooperation.tracker.query.programme.archive.model.ArchiveExchangeProjection;
import org.cooperation.tracker.query.programme.brand.WorkingGroupStory;
import org.cooperation.tracker.query.programme.brand.model.WorkingGroupProjection;
import org.cooperation.tracker.query.programme.calendar.CalendarStory;
import org.cooperation.tracker.query.programme.calendar.model.CalendarProjection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.Fixtures.ARCHIVE_EXCHANGE;
import static org.cooperation.tracker.query.Fixtures.CALENDAR;
import static org.cooperation.tracker.query.Fixtures.later;
import static org.cooperation.tracker.query.Fixtures.liaison;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The country page: its progress over time drawn from its reports, its latest reports,
 * and what the records of its initiatives wait for from it, in each language.
 */
class CountryPageTest extends ProgrammeRecordsTestBase {

	private static final ProgressReportId CALENDAR_JANUARY = report(1);

	private static final ProgressReportId CALENDAR_JANUARY_CORRECTED = report(2);

	private static final ProgressReportId ARCHIVES_FEBRUARY = report(3);

	private static final ProgressReportId ARCHIVES_JANUARY_LATE = report(4);

	@Autowired
	private CalendarProjection calendar;

	@Autowired
	private WorkingGroupProjection workingGroups;

	@Autowired
	private ArchiveExchangeProjection archive;

	@Autowired
	private CountryQueries countries;

	@Autowired
	private ObjectMapper json;

	/**
	 * The programme story (the Tashkent calendar with Kazakhstan at 40% on 2025-12-01,
	 * the archive exchange, the marketplace), the calendar's 2026 edition, the brand
	 * working group, and four more reports of Kazakhstan: on the calendar 55% on
	 * 2026-01-15 corrected the same day to 60%; on the archive exchange 30% on 2026-02-01
	 * and, filed later but back-dated, 10% on 2026-01-10 (demo data).
	 */
	@BeforeEach
	void recordTheStory() {
		recordTheProgrammeStory();
		project(() -> {
			initiativesProjection.on(WorkingGroupStory.brandProposed(),
					Fixtures.recorded(0L, later(5), Fixtures.secretariat()));
			CalendarStory.feed(calendar);
			WorkingGroupStory.feed(workingGroups);
			reported(CALENDAR, CALENDAR_JANUARY, 55, LocalDate.of(2026, 1, 15), "January figure", 10L, later(400),
					liaison(Country.KZ, "corr-r1"));
			reported(CALENDAR, CALENDAR_JANUARY_CORRECTED, 60, LocalDate.of(2026, 1, 15), "January figure corrected",
					11L, later(401), liaison(Country.KZ, "corr-r2"));
			reported(ARCHIVE_EXCHANGE, ARCHIVES_FEBRUARY, 30, LocalDate.of(2026, 2, 1), "Inventory done", 10L,
					later(402), liaison(Country.KZ, "corr-r3"));
			reported(ARCHIVE_EXCHANGE, ARCHIVES_JANUARY_LATE, 10, LocalDate.of(2026, 1, 10), "January, filed late", 11L,
					later(403), Fixtures.sample());
		});
	}

	@Test
	void theChartDrawsEachInitiativesFiguresDayByDayAsReported() throws Exception {
		String page = page("/countries/kz", "en");
		JsonNode chart = chart(page);

		assertThat(names(chart)).containsExactly("Central Asian cultural calendar",
				"Exchange of archival material copies (sample)");
		// Of the two reports on 2026-01-15 the later counts; the back-dated one takes its
		// day's place.
		assertThat(points(chart.at("/series/0/data"))).containsExactly(Map.entry("2025-12-01", 40),
				Map.entry("2026-01-15", 60));
		assertThat(points(chart.at("/series/1/data"))).containsExactly(Map.entry("2026-01-10", 10),
				Map.entry("2026-02-01", 30));
		assertThat(chart.at("/yAxis/min").asInt()).isZero();
		assertThat(chart.at("/yAxis/max").asInt()).isEqualTo(100);
		assertThat(chart.at("/xAxis/type").asText()).isEqualTo("time");

		// The same figures as a table beside the chart.
		assertThat(all(page, "<tr class=\"figure\">[\\s\\S]*?data-percent=\"(\\d+)\"")).containsExactly("40", "60",
				"10", "30");
		assertThat(page).contains("role=\"img\"", "aria-label=\"Line chart of the progress of Kazakhstan over time");
	}

	@Test
	void theLatestReportsComeNewestFirstWithTheirEvidenceAndWhoFiledThem() throws Exception {
		String page = page("/countries/kz", "en");
		String reports = page.substring(page.indexOf("id=\"reports-title\""), page.indexOf("id=\"waiting-title\""));

		assertThat(all(reports, "<p class=\"note\">([^<]+)</p>")).containsExactly("January, filed late",
				"Inventory done", "January figure corrected", "January figure", "Draft calendar circulated");
		assertThat(reports).contains("5 reports in all; the latest 5 are shown, newest first.",
				"href=\"https://example.org/calendar-draft.pdf\"", "href=\"https://example.org/report-03\"",
				"(Liaison, Kazakhstan)", ">sample<", "href=\"/initiatives/" + ARCHIVE_EXCHANGE + "\"");
		assertThat(page).contains("Data last updated:", "datetime=\"" + later(403) + "\"");
	}

	@Test
	void whatWaitsOnEachCountryIsListedByKindWithALinkToItsPage() throws Exception {
		String kg = page("/countries/kg", "en");
		assertThat(kinds(kg)).containsExactly("CALENDAR_RETURNED", "WORKING_GROUP_SEAT", "CONCEPT_POSITION");
		assertThat(kg).contains("Calendar submissions returned for correction", "Epic storytellers",
				"Reason given: Name the venue", "href=\"/initiatives/" + CALENDAR + "/calendar/2026\"",
				"Working groups where it holds no seat", "No member of this country sits in the working group.",
				"Concept drafts without its position", "Concept, revised (v2)",
				"href=\"/initiatives/" + WorkingGroupStory.BRAND + "/working-group\"");

		String kz = page("/countries/kz", "en");
		assertThat(kinds(kz)).containsExactly("ARCHIVE_TRANSFER");
		assertThat(kz).contains("Archive copies to transfer", "Collected poems", "partner: Azerbaijan",
				"href=\"/initiatives/" + ARCHIVE_EXCHANGE + "/archive-exchange/pairs/kz/az\"");

		assertThat(kinds(page("/countries/uz", "en"))).containsExactly("ARCHIVE_APPROVAL");
		// Turkmenistan never nominated anyone and took no position; Tajikistan approved
		// only the first draft, which does not count for the second.
		assertThat(kinds(page("/countries/tm", "en"))).containsExactly("WORKING_GROUP_SEAT", "CONCEPT_POSITION");
		assertThat(kinds(page("/countries/tj", "en"))).containsExactly("CONCEPT_POSITION");
		assertThat(page("/countries/az", "en")).contains("Nothing waits on this country now.");
	}

	@Test
	void aThingDoneLeavesTheListAndTheNextStepAppearsWhereItBelongs() throws Exception {
		project(() -> {
			archive.on(
					new ArchiveCopyTransferred(ProgrammeFixtures.POEMS, ARCHIVE_EXCHANGE, Country.KZ, Country.AZ,
							ProgrammeFixtures.SENT, TransferMedium.DIGITAL_TRANSFER, LocalDate.of(2026, 4, 1), 1, null),
					"a-12", Fixtures.recorded(2L, later(500), liaison(Country.KZ, "c-12")));
			archive.on(ProgrammeFixtures.surveyWithdrawn(), "a-13",
					Fixtures.recorded(1L, later(501), liaison(Country.KZ, "c-13")));
			calendar.on(
					new CalendarEventResubmitted(CalendarStory.PLAY, CALENDAR, Country.KG,
							CalendarStory.event("Epic storytellers", CulturalEventType.THEATRE, "Bishkek",
									LocalDate.of(2026, 8, 28), LocalDate.of(2026, 8, 28))),
					Fixtures.recorded(2L, later(502), liaison(Country.KG, "c-14")));
			workingGroups.on(WorkingGroupStory.nominated(WorkingGroupStory.member(6), Country.KG, "Sample Member KG-2",
					MemberRole.MEMBER), Fixtures.recorded(17L, later(503), liaison(Country.KG, "c-15")));
			workingGroups.on(
					new ConceptDraftApproved(WorkingGroupStory.GROUP, Country.KG, new DraftVersion(2),
							LocalDate.of(2026, 4, 20), null),
					Fixtures.recorded(18L, later(504), liaison(Country.KG, "c-16")));
		});

		assertThat(kinds(page("/countries/kz", "en"))).isEmpty();
		assertThat(kinds(page("/countries/az", "en"))).containsExactly("ARCHIVE_RECEIPT");
		assertThat(kinds(page("/countries/uz", "en"))).isEmpty();
		assertThat(page("/countries/kg", "en")).contains("Nothing waits on this country now.")
			.doesNotContain("data-kind=");
		assertThat(countries.waiting(Country.KG).total()).isZero();

		CountryWaiting az = countries.waiting(Country.AZ);
		assertThat(az.groups()).extracting(CountryWaiting.Group::kind).containsExactly(AwaitedKind.ARCHIVE_RECEIPT);
		assertThat(az.groups().get(0).items().get(0).awaited().counterpart()).isEqualTo(Country.KZ);
		assertThat(az.latest()).isEqualTo(later(500));
	}

	@Test
	void thePageSpeaksKazakhAndRussian() throws Exception {
		String kk = page("/countries/kg", "kk");
		assertThat(kk).contains("<html lang=\"kk\"", "Уақыт бойынша ілгерілеу", "Елдің әрекетін күтетіндер: Қырғызстан",
				"Түзетуге қайтарылған күнтізбе өтінімдері", "Ел өкілі жоқ жұмыс топтары", "Деректер жаңартылды:",
				"Көрсетілген себеп: Name the venue");
		String ru = page("/countries/kz", "ru");
		assertThat(ru).contains("<html lang=\"ru\"", "Прогресс во времени", "Последние отчёты о прогрессе",
				"Архивные копии, ожидающие передачи", "партнёр: Азербайджан", "(Контактное лицо, Казахстан)",
				"Данные обновлены:");
		JsonNode chart = chart(ru);
		assertThat(chart.at("/xAxis/axisLabel/formatter").asText()).isEqualTo("{dd}.{MM}.{yyyy}");
		assertThat(names(chart)).contains("Exchange of archival material copies (образец)");
		assertThat(page("/countries/tm", "ru")).contains("Проекты концепции без позиции страны");
	}

	@Test
	void aCountryThatReportedNothingSaysSoInsteadOfAnEmptyChart() throws Exception {
		mvc.perform(get("/countries/tm").header("Accept-Language", "en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Turkmenistan has filed no progress report yet."),
					not(containsString("data-chart")), not(containsString("id=\"reports-title\"")))));
	}

	private void reported(InitiativeId initiative, ProgressReportId reportId, int percent, LocalDate asOf, String note,
			long sequence, java.time.Instant at, MetaData by) {
		ProgressReported event = new ProgressReported(initiative, reportId, Country.KZ, new ProgressPercent(percent),
				asOf, note,
				List.of(EvidenceLink.of("https://example.org/report-" + reportId.value().toString().substring(34))));
		initiativesProjection.on(event, Fixtures.recorded(sequence, at, by));
		historyProjection.on(event, "report-" + reportId.value(), Fixtures.recorded(sequence, at, by));
	}

	private static ProgressReportId report(int n) {
		return new ProgressReportId(java.util.UUID.fromString("00000000-0000-4000-8000-00000000aa0" + n));
	}

	private String page(String path, String language) throws Exception {
		return mvc.perform(get(path).header("Accept-Language", language).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private JsonNode chart(String page) throws Exception {
		List<String> options = all(page, "data-chart=\"([^\"]*)\"");
		assertThat(options).hasSize(1);
		return json.readTree(HtmlUtils.htmlUnescape(options.get(0)));
	}

	private static List<String> names(JsonNode chart) {
		List<String> names = new ArrayList<>();
		chart.get("series").forEach((series) -> names.add(series.get("name").asText()));
		return names;
	}

	private static List<Map.Entry<String, Integer>> points(JsonNode data) {
		List<Map.Entry<String, Integer>> points = new ArrayList<>();
		data.forEach((point) -> points.add(Map.entry(point.get(0).asText(), point.get(1).asInt())));
		return points;
	}

	private static List<String> kinds(String page) {
		return all(page, "data-kind=\"([A-Z_]+)\"");
	}

	private static List<String> all(String text, String regex) {
		List<String> found = new ArrayList<>();
		Matcher matcher = Pattern.compile(regex).matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

}
