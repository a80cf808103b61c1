package org.cooperation.tracker.query.initiative.web;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import org.cooperation.tracker.query.matrix.model.ProgrammeFigure;
import org.cooperation.tracker.query.web.Display;

/**
 * How the status matrix words its cells' programme figures in the reader's language,
 * called from templates as {@code @figures}: "3 events included", "Включено мероприятий:
 * 3", marked when a figure counts demo data. Beside the matrix, not in the shared
 * {@link Display}, which knows no feature's model.
 */
@Component("figures")
@RequiredArgsConstructor
public class FigureWords {

	private final Display show;

	public String of(ProgrammeFigure figure) {
		String counted = show.label("figure." + figure.measure(), figure.value(), figure.draftVersion());
		return figure.includesSample() ? show.label("figure.withSample", counted) : counted;
	}

}
