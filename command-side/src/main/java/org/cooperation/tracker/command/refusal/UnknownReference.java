package org.cooperation.tracker.command.refusal;

/**
 * A command's body names something that does not exist, such as an unknown protocol or
 * direction (answered as 422: the request is well-formed but refers to nothing).
 */
public class UnknownReference extends RuntimeException {

	public UnknownReference(String message) {
		super(message);
	}

}
