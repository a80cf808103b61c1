package org.cooperation.tracker.command.access;

/**
 * The caller may not do this to this record: the stored record belongs to another
 * country, or the caller's role never does it. Answered as 403; nothing is recorded.
 */
public class AccessRefused extends RuntimeException {

	public AccessRefused(String message) {
		super(message);
	}

}
