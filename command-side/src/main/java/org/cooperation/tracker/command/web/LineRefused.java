package org.cooperation.tracker.command.web;

/**
 * A refusal of one line of an uploaded file, while its lines were applied: answered as
 * the refusal itself would be (its status, title and words), the detail prefixed with the
 * line, which the answer also carries as {@code line}. Nothing of the file is recorded:
 * the lines are applied in one transaction.
 */
public class LineRefused extends RuntimeException {

	private final int line;

	public LineRefused(int line, RuntimeException refusal) {
		super("line " + line + ": " + refusal.getMessage(), refusal);
		this.line = line;
	}

	public int line() {
		return line;
	}

}
