package org.cooperation.tracker.query;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every CSV download of the query side is, whichever test asks: 200, UTF-8 CSV as an
 * attachment named for what it holds and the day, a byte order mark, and RFC 4180 lines
 * that parse back.
 */
public final class CsvAnswers {

	private CsvAnswers() {
	}

	/**
	 * The file the path answers, which must be named {@code <stem>-<day>.csv}.
	 */
	public static CsvFile csv(MockMvc mvc, String stem, String uriTemplate, Object... uriVariables) throws Exception {
		return read(mvc.perform(get(uriTemplate, uriVariables)).andExpect(status().isOk()).andReturn(), stem);
	}

	/** The file as a reader of that language ("kk", "ru", "en") is given it. */
	public static CsvFile csvIn(String language, MockMvc mvc, String stem, String uriTemplate, Object... uriVariables)
			throws Exception {
		return read(mvc.perform(get(uriTemplate, uriVariables).header(HttpHeaders.ACCEPT_LANGUAGE, language))
			.andExpect(status().isOk())
			.andReturn(), stem);
	}

	private static CsvFile read(MvcResult result, String stem) throws IOException {
		assertThat(result.getResponse().getContentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.matches("attachment; filename=\"" + stem + "-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).startsWith("\uFEFF");
		return CsvFile.parse(body.substring(1));
	}

	/**
	 * A CSV file parsed back.
	 *
	 * @param text the file without its byte order mark
	 * @param header the column names
	 * @param rows the lines after the header
	 */
	public record CsvFile(String text, List<String> header, List<CSVRecord> rows) {

		static CsvFile parse(String text) throws IOException {
			try (CSVParser parser = CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(text))) {
				return new CsvFile(text, parser.getHeaderNames(), parser.getRecords());
			}
		}

		/** One column's values, line by line. */
		public List<String> column(String name) {
			return rows.stream().map((row) -> row.get(name)).toList();
		}

		/** The line whose column holds the value. */
		public CSVRecord row(String column, String value) {
			return rows.stream()
				.filter((row) -> row.get(column).equals(value))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no line with " + column + " " + value + " in\n" + text));
		}

	}

}
