package org.cooperation.tracker.query.common;

/** Nothing in the read models answers to what was asked for. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
