package org.cooperation.tracker.kernel.common;

/**
 * A value type refused what it was given. Both applications answer it as a client mistake
 * (400), because every value type checks itself when it is made from user input.
 */
public class InvalidValueException extends IllegalArgumentException {

	public InvalidValueException(String message) {
		super(message);
	}

}
