package org.cooperation.tracker.query.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cell a spreadsheet would run as a formula is written as text (OWASP's list of leading
 * characters); anything else, numbers included, as it is.
 */
class CsvDownloadTest {

	@Test
	void textThatWouldStartAFormulaGetsALeadingApostrophe() {
		for (String formula : new String[] { "=HYPERLINK(\"https://example.org\")", "+1+1", "-2+3", "@SUM(A1)",
				"\tindent", "\rline" }) {
			assertThat(CsvDownload.cell(formula)).isEqualTo("'" + formula);
		}
	}

	@Test
	void otherValuesAreWrittenAsTheyAre() {
		assertThat(CsvDownload.cell("Steppe song")).isEqualTo("Steppe song");
		assertThat(CsvDownload.cell("2026-06-12")).isEqualTo("2026-06-12");
		assertThat(CsvDownload.cell("a=b")).isEqualTo("a=b");
		assertThat(CsvDownload.cell("")).isEqualTo("");
		assertThat(CsvDownload.cell(-5)).isEqualTo(-5);
		assertThat(CsvDownload.cell(null)).isNull();
	}

}
