package org.cooperation.tracker.command.web;

import java.time.Clock;
import java.time.LocalDate;

import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * What a controller of dated records works with: the gateway its commands go through, and
 * the application's clock, which dates a record when the request gives no day.
 */
public abstract class CommandController {

	protected final CommandGateway commands;

	private final Clock clock;

	protected CommandController(CommandGateway commands, Clock clock) {
		this.commands = commands;
		this.clock = clock;
	}

	/** The day a request dates its record, today when it gives none. */
	protected LocalDate orToday(LocalDate given) {
		return (given != null) ? given : LocalDate.now(clock);
	}

}
