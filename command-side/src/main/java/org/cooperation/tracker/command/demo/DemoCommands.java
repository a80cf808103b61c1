package org.cooperation.tracker.command.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.kernel.common.EventMetadata;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * Sends the demo data's commands as the tracker's own demo loader, under one correlation
 * id for the whole load, so the history shows the load as one act.
 */
public final class DemoCommands {

	/**
	 * The note every sample record carries, so no reader takes it for a reported fact.
	 */
	public static final String SAMPLE_NOTE = "SAMPLE: demonstration value, not a reported fact.";

	/**
	 * The tracker itself: the loader writes every kind of record, for every country, and
	 * no user could.
	 */
	static final Caller LOADER = Caller.of("demo-data", Role.SYSTEM);

	private final CommandGateway commands;

	private final String correlationId = "demo-data-" + UUID.randomUUID();

	DemoCommands(CommandGateway commands) {
		this.commands = commands;
	}

	/**
	 * Sends a command whose events are facts of the source (the protocol, the
	 * initiatives).
	 */
	void fact(Object command) {
		send(command, false);
	}

	/** Sends a command whose events are sample values. */
	public void sample(Object command) {
		send(command, true);
	}

	private void send(Object command, boolean sample) {
		Map<String, Object> metadata = new HashMap<>(LOADER.toMetaData());
		metadata.putAll(Map.of(EventMetadata.ORIGIN, "demo-data loader", EventMetadata.CORRELATION_ID, correlationId,
				EventMetadata.SAMPLE, Boolean.toString(sample)));
		commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)));
	}

	/** The demo initiatives, by kind, with fixed ids. */
	public static final InitiativeId CALENDAR = DemoDataLoader.initiative(1);

	public static final InitiativeId CULTURAL_TOUR = DemoDataLoader.initiative(2);

	public static final InitiativeId ARCHIVE_EXCHANGE = DemoDataLoader.initiative(3);

	public static final InitiativeId MARKETPLACE = DemoDataLoader.initiative(4);

	public static final InitiativeId BRAND_WORKING_GROUP = DemoDataLoader.initiative(5);

}
