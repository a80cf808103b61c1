package org.cooperation.tracker.command.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.http.ProblemDetail;

/**
 * Points a problem at the request field it is about: {@code errors: [{pointer:
 * "/title/en", detail}]}, the shape the CSV imports' line errors share. A program can
 * find the field; the pages' forms show the refusal beside it. A check that names its
 * field in words ({@code party country}) points nowhere, and the detail says it.
 */
final class FieldPointer {

	/**
	 * A request path as the checks and the parser name it: {@code title.en},
	 * {@code evidence[0]}.
	 */
	private static final Pattern PATH = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*|\\[\\d+])*");

	private FieldPointer() {
	}

	/** The JSON pointer of a request path, or null when it names no field. */
	static String of(String path) {
		if (path == null || !PATH.matcher(path).matches()) {
			return null;
		}
		return "/" + path.replace('.', '/').replace("[", "/").replace("]", "");
	}

	/** The problem, pointing at the field when there is one. */
	static ProblemDetail at(ProblemDetail problem, String pointer) {
		if (pointer != null) {
			problem.setProperty("errors", List.of(Map.of("pointer", pointer, "detail", problem.getDetail())));
		}
		return problem;
	}

}
