package org.cooperation.tracker.command.imports;

import java.util.List;

/**
 * An uploaded file refused whole before any of it was applied, with every error found in
 * it, each naming its line.
 */
class LinesRefused extends RuntimeException {

	private final transient List<LineError> errors;

	LinesRefused(List<LineError> errors) {
		super(errors.size() + " lines of the file have errors");
		this.errors = List.copyOf(errors);
	}

	LinesRefused(LineError error) {
		this(List.of(error));
	}

	List<LineError> errors() {
		return errors;
	}

}
