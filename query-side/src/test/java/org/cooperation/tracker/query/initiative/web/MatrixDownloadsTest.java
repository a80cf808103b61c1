package org.cooperation.tracker.query.initiative.web;

import org.cooperation.tracker.query.CsvAnswers;
import org.cooperation.tracker.query.CsvAnswers.CsvFile;

import static org.cooperation.tracker.query.ProblemAnswers.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.web.Display;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * The status matrix's downloads, parsed back: the CSV (with its byte order mark) and the
 * workbook hold a line per initiative and participating country with what the matrix API
 * answers for that cell, in the page's order, and Kazakh text arrives as written.
 */
class MatrixDownloadsTest extends QuerySideTestBase {

	/** An initiative titled in Kazakh and Russian only, so its title is Cyrillic. */
	private static final InitiativeId BRAND = InitiativeId.random();

	private static final ObjectMapper JSON = new ObjectMapper();

	@BeforeEach
	void story() {
		recordTheTashkentStory();
		project(() -> initiativesProjection.on(
				new InitiativeProposed(BRAND, Fixtures.TASHKENT, Fixtures.CULTURAL_EXCHANGE,
						InitiativeKind.BRAND_WORKING_GROUP,
						new LocalizedText("Орталық Азияның мәдени бренді", "Культурный бренд Центральной Азии", null),
						null, Country.UZ, Set.of(Country.UZ, Country.TJ)),
				Fixtures.recorded(0L, Fixtures.later(40), Fixtures.secretariat())));
	}

	private static final List<String> ENGLISH_HEADERS = List.of("Initiative", "Kind", "Country", "Country code",
			"Status", "IATI activity status", "Progress (%)", "Status since", "Last recorded (UTC)", "Figures",
			"Demo data");

	@Test
	void theCsvHoldsWhatTheMatrixApiAnswersBehindAByteOrderMark() throws Exception {
		MockHttpServletResponse answer = getOkIn("en", "/status-matrix.csv")
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					matchesPattern("attachment; filename=\"status-matrix-\\d{4}-\\d{2}-\\d{2}\\.csv\"")))
			.andReturn()
			.getResponse();
		byte[] bytes = answer.getContentAsByteArray();
		assertThat(bytes).as("UTF-8 byte order mark").startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);

		try (CSVParser csv = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))) {
			assertThat(csv.getHeaderNames()).isEqualTo(ENGLISH_HEADERS);
			List<Map<String, String>> lines = new ArrayList<>();
			for (CSVRecord record : csv) {
				lines.add(record.toMap());
			}
			assertThat(lines).containsExactlyElementsOf(expectedFromTheMatrixApi());
		}
	}

	@Test
	void theWorkbookHoldsTheSameLinesWithThePercentAsANumber() throws Exception {
		byte[] bytes = getOkIn("en", "/status-matrix.xlsx").andExpect(content().contentType(MatrixDownloads.XLSX))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString(".xlsx\"")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		List<Map<String, String>> lines = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			List<Row> rows = workbook.getFirstSheet().read();
			List<String> headers = new ArrayList<>();
			for (int column = 0; column < rows.get(0).getCellCount(); column++) {
				headers.add(rows.get(0).getCellText(column));
			}
			assertThat(headers).isEqualTo(ENGLISH_HEADERS);
			for (Row row : rows.subList(1, rows.size())) {
				Map<String, String> line = new LinkedHashMap<>();
				for (int column = 0; column < headers.size(); column++) {
					line.put(headers.get(column), (column < row.getCellCount()) ? row.getCellText(column) : "");
				}
				lines.add(line);
				int percent = ENGLISH_HEADERS.indexOf("Progress (%)");
				if (!line.get("Progress (%)").isEmpty()) {
					assertThat(row.getCell(percent).getType()).as("a number a spreadsheet can sum")
						.isEqualTo(CellType.NUMBER);
				}
			}
		}
		assertThat(lines).containsExactlyElementsOf(expectedFromTheMatrixApi());
	}

	@Test
	void theHeadingsAndWordsAreInTheReadersLanguage() throws Exception {
		byte[] bytes = getOkIn("ru", "/status-matrix.csv").andReturn().getResponse().getContentAsByteArray();
		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		try (CSVParser csv = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))) {
			assertThat(csv.getHeaderNames()).containsExactly("Инициатива", "Вид", "Страна", "Код страны", "Статус",
					"Статус деятельности IATI", "Прогресс (%)", "Статус действует с", "Последняя запись (UTC)",
					"Показатели", "Демо-данные");
			Map<String, String> kazakhstan = csv.getRecords().get(0).toMap();
			assertThat(kazakhstan).containsEntry("Страна", "Казахстан")
				.containsEntry("Статус", "Согласовано")
				.containsEntry("Вид", "Культурный календарь")
				.containsEntry("Статус деятельности IATI", "1 · Планирование/определение");
		}
		byte[] workbook = getOkIn("kk", "/status-matrix.xlsx").andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
			assertThat(read.getFirstSheet().getName()).isEqualTo("Мәртебелер матрицасы");
			assertThat(read.getFirstSheet().read().get(0).getCellText(0)).isEqualTo("Бастама");
		}
	}

	@Test
	void theApiAnswersTheSameLinesWithColumnNamesThatStayInEveryLanguage() throws Exception {
		CsvFile api = CsvAnswers.csvIn("ru", mvc, "status-matrix", "/api/status-matrix.csv");
		assertThat(api.header()).containsExactly("initiative", "kind", "country", "country_code", "status", "iati",
				"percent", "status_since", "last_recorded_utc", "figures", "sample");
		CsvFile page = CsvAnswers.csvIn("ru", mvc, "status-matrix", "/status-matrix.csv");
		assertThat(api.rows()).hasSize(5 + 3 + 2);
		for (int line = 0; line < api.rows().size(); line++) {
			assertThat(api.rows().get(line).values()).containsExactly(page.rows().get(line).values());
		}
		assertThat(api.rows().get(0).get("status")).isEqualTo("Согласовано");
		problem(mvc.perform(get("/api/status-matrix.csv").param("asOf", "yesterday")), 400);
	}

	@Test
	void theMatrixPageLinksToBothDownloads() throws Exception {
		getOk("/status-matrix").andExpect(content().string(containsString("href=\"/status-matrix.csv\"")))
			.andExpect(content().string(containsString("href=\"/status-matrix.xlsx\"")));
	}

	/**
	 * What the lines must say, from the matrix API's JSON: each row's cells in the order
	 * of its countries, worded as the page words them.
	 */
	private List<Map<String, String>> expectedFromTheMatrixApi() throws Exception {
		JsonNode matrix = JSON
			.readTree(getOkIn("en", "/api/status-matrix").andReturn().getResponse().getContentAsByteArray());
		List<Map<String, String>> lines = new ArrayList<>();
		for (JsonNode row : matrix.path("rows")) {
			for (JsonNode code : matrix.path("countries")) {
				JsonNode cell = row.path("cells").path(code.asText());
				if (cell.isMissingNode()) {
					continue;
				}
				Country country = Country.valueOf(code.asText());
				Map<String, String> line = new LinkedHashMap<>();
				JsonNode title = row.path("title");
				line.put("Initiative", title.hasNonNull("en") ? title.path("en").asText()
						: title.hasNonNull("ru") ? title.path("ru").asText() : title.path("kk").asText());
				line.put("Kind", Display.words(row.path("kind").asText()));
				line.put("Country", country.nameEn());
				line.put("Country code", country.name());
				line.put("Status", Display.words(cell.path("status").asText()));
				line.put("IATI activity status",
						cell.path("iatiCode").asInt() + " · " + cell.path("iatiLabel").asText());
				line.put("Progress (%)", cell.path("percent").isNull() ? "" : cell.path("percent").asText());
				line.put("Status since",
						cell.path("statusEffectiveOn").isNull() ? "" : cell.path("statusEffectiveOn").asText());
				line.put("Last recorded (UTC)",
						cell.path("lastRecordedAt").asText().replace('T', ' ').substring(0, 16));
				List<String> figures = new ArrayList<>();
				cell.path("figures")
					.forEach((figure) -> figures
						.add(figure.path("value").asText() + " " + figure.path("label").asText()));
				line.put("Figures", String.join("; ", figures));
				line.put("Demo data", cell.path("sample").asBoolean() ? "sample" : "");
				lines.add(line);
			}
		}
		assertThat(lines).as("the story's cells").hasSize(5 + 3 + 2);
		assertThat(lines)
			.anySatisfy((line) -> assertThat(line.get("Initiative")).isEqualTo("Культурный бренд Центральной Азии"));
		return lines;
	}

}
