package org.cooperation.tracker.command.web;

import java.time.Clock;
import java.time.LocalDate;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.ResponseEntity;

import org.cooperation.tracker.command.refusal.RuleViolation;

/**
 * What a controller of dated records works with: the gateway its commands go through, and
 * the application's clock, which dates a record when the request gives no day.
 * <p>
 * A {@code @RequestBody} is required: a missing body, or the JSON {@code null}, is
 * refused as an unreadable body ("a JSON body is required") before a handler runs, so
 * handlers do not check the body itself for null.
 */
public abstract class CommandController {

	/*
	 * Spring sets both after building a controller, so each controller declares only its
	 * endpoints and no constructor that merely hands them on; no controller is built
	 * other than by Spring.
	 */
	@Autowired
	protected CommandGateway commands;

	@Autowired
	private Clock clock;

	/** The day a request dates its record, today when it gives none. */
	protected LocalDate orToday(LocalDate given) {
		return (given != null) ? given : LocalDate.now(clock);
	}

	/**
	 * Sends a command that records something new and answers 201 Created, with the new
	 * record's path as its Location.
	 */
	protected <T> ResponseEntity<T> create(Object command, String location, T answer) {
		commands.sendAndWait(command);
		return Requests.created(location, answer);
	}

	/**
	 * As {@link #create}, for a record whose id follows from its parent, so it can exist
	 * only once: a second creation finds its stream taken and is refused with the reason.
	 * @param alreadyThere the refusal's words
	 */
	protected <T> ResponseEntity<T> createOnce(Object command, String alreadyThere, String location, T answer) {
		try {
			return create(command, location, answer);
		}
		catch (AggregateStreamCreationException ex) {
			throw new RuleViolation(alreadyThere);
		}
	}

}
