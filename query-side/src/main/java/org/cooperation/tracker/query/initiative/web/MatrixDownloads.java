package org.cooperation.tracker.query.initiative.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.cooperation.tracker.query.web.CsvDownload;
import org.cooperation.tracker.query.web.DashboardPage;
import org.cooperation.tracker.query.web.Display;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The status matrix to take to a meeting: what the dashboard's matrix shows, with the
 * same filter and order ({@link MatrixAsked}), as CSV and as an Excel workbook
 * ({@link MatrixTable}). The CSV is written as every download's is ({@link CsvDownload});
 * the workbook is written by fastexcel, which streams its rows rather than holding a
 * document model.
 */
@Controller
@DashboardPage
class MatrixDownloads {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final StatusMatrixReads matrices;

	private final MatrixTable table;

	private final Clock clock = Clock.systemUTC();

	MatrixDownloads(StatusMatrixReads matrices, Display show, FigureWords figures) {
		this.matrices = matrices;
		this.table = new MatrixTable(show, figures);
	}

	@GetMapping("/status-matrix.csv")
	void csv(MatrixAsked asked, HttpServletResponse response) throws IOException {
		List<List<Object>> lines = table.lines(matrices.matrix(asked.filter(), asked.moment(clock)));
		CsvDownload.write(response, CsvDownload.named(MatrixTable.FILE, clock), table.headers(), lines);
	}

	@GetMapping("/status-matrix.xlsx")
	void xlsx(MatrixAsked asked, HttpServletResponse response) throws IOException {
		List<List<Object>> lines = table.lines(matrices.matrix(asked.filter(), asked.moment(clock)));
		response.setContentType(XLSX);
		attachment(response);
		OutputStream out = response.getOutputStream();
		Workbook workbook = new Workbook(out, "Cooperation-protocol tracker", "1.0");
		Worksheet sheet = workbook.newWorksheet(table.sheetName());
		List<String> headers = table.headers();
		for (int column = 0; column < headers.size(); column++) {
			sheet.value(0, column, headers.get(column));
			sheet.style(0, column).bold().set();
		}
		for (int line = 0; line < lines.size(); line++) {
			List<Object> values = lines.get(line);
			for (int column = 0; column < values.size(); column++) {
				Object value = values.get(column);
				if (value instanceof Number number) {
					sheet.value(line + 1, column, number);
				}
				else if (value != null) {
					sheet.value(line + 1, column, value.toString());
				}
			}
		}
		sheet.freezePane(0, 1);
		workbook.finish();
	}

	/**
	 * Downloaded as a file named for the day, as the CSV is:
	 * status-matrix-2026-03-01.xlsx.
	 */
	private void attachment(HttpServletResponse response) {
		String name = MatrixTable.FILE + "-" + LocalDate.now(clock) + ".xlsx";
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
	}

}
