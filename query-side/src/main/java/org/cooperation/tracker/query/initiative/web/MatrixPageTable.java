package org.cooperation.tracker.query.initiative.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.live.KeptUntilChanged;
import org.cooperation.tracker.query.live.ReadModelGeneration;
import org.cooperation.tracker.query.matrix.MatrixFilter;
import org.cooperation.tracker.query.common.Moment;
import org.cooperation.tracker.query.matrix.StatusMatrix;
import org.cooperation.tracker.query.web.Display;
import org.cooperation.tracker.query.web.RenderedFragments;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The status matrix page's table, rendered once per change of the read models, filter and
 * language, and answered to every official who asks meanwhile. Its 1,200 cells are most
 * of the page's work: rendered for each reader they cost tens of milliseconds and
 * megabytes of garbage, whose collections made the slowest reads many times the median.
 * The table shows nothing of who reads it; the rest of the page (header, sign-out, the
 * filter form) is rendered for each request as before.
 */
@Component
public class MatrixPageTable {

	/** A filter in each of the three languages, for the filters in use at once. */
	private static final int TABLES_KEPT = 24;

	private final StatusMatrixReads matrices;

	private final RenderedFragments fragments;

	private final Display show;

	private final KeptUntilChanged<Asked, Rendered> kept;

	MatrixPageTable(StatusMatrixReads matrices, RenderedFragments fragments, Display show,
			ReadModelGeneration generation) {
		this.matrices = matrices;
		this.fragments = fragments;
		this.show = show;
		this.kept = new KeptUntilChanged<>(generation, TABLES_KEPT);
	}

	/**
	 * The matrix the filter admits at the moment and its table, in the reader's language;
	 * with a moment to compare with (or null), the cells changed since are marked.
	 */
	Rendered table(MatrixFilter filter, Moment moment, Moment compared, HttpServletRequest request,
			HttpServletResponse response) {
		return kept.get(new Asked(filter, moment, compared, LocaleContextHolder.getLocale()),
				(asked) -> render(asked, request, response));
	}

	private Rendered render(Asked asked, HttpServletRequest request, HttpServletResponse response) {
		StatusMatrix matrix = matrices.matrix(asked.filter(), asked.moment());
		MatrixComparison comparison = (asked.compared() != null)
				? new MatrixComparison(matrix, matrices.matrix(asked.filter(), asked.compared())) : null;
		// Each cell links to its country's history on the initiative, named for a screen
		// reader.
		Map<Country, String> cellHistory = new EnumMap<>(Country.class);
		for (Country country : Country.values()) {
			cellHistory.put(country, show.label("matrix.cell.history", show.country(country)));
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("matrix", matrix);
		variables.put("cellHistory", cellHistory);
		variables.put("comparison", comparison);
		// A cell of a matrix of the past opens the initiative at the same moment.
		variables.put("momentQuery", MomentOnPage.query(asked.moment()));
		String html = matrix.rows().isEmpty() ? ""
				: fragments.render("matrix-table", "matrixTable", variables, asked.language(), request, response);
		return new Rendered(matrix, comparison, html);
	}

	/**
	 * The matrix, what it is compared with (or null), and its table rendered as HTML;
	 * empty when no row is shown.
	 */
	record Rendered(StatusMatrix matrix, MatrixComparison comparison, String html) {
	}

	private record Asked(MatrixFilter filter, Moment moment, Moment compared, Locale language) {
	}

}
