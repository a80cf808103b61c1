package org.cooperation.tracker.query.views;

/** Nothing in the read models answers to what was asked for. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
