package org.cooperation.tracker.command.refusal;

/**
 * The path names a record inside an aggregate that does not exist, such as an unknown
 * member of a working group (answered as 404 Not Found).
 */
public class RecordNotFound extends RuntimeException {

	public RecordNotFound(String message) {
		super(message);
	}

}
