package org.cooperation.tracker.command.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor
final class DemoCommands {

	/**
	 * The note every sample record carries, so no reader takes it for a reported fact.
	 */
	static final String SAMPLE_NOTE = "SAMPLE: demonstration value, not a reported fact.";

	/**
	 * The tracker itself: the loader writes every kind of record, for every country, and
	 * no user could.
	 */
	static final Caller LOADER = Caller.of("demo-data", Role.SYSTEM);

	private final CommandGateway commands;

	private final String correlationId = "demo-data-" + UUID.randomUUID();

	/**
	 * Sends a command whose events are facts of the source (the protocol, the
	 * initiatives).
	 */
	void fact(Object command) {
		send(command, false);
	}

	/** Sends a command whose events are sample values. */
	void sample(Object command) {
		send(command, true);
	}

	private void send(Object command, boolean sample) {
		Map<String, Object> metadata = new HashMap<>(LOADER.toMetaData());
		metadata.putAll(Map.of(EventMetadata.ORIGIN, "demo-data loader", EventMetadata.CORRELATION_ID, correlationId,
				EventMetadata.SAMPLE, Boolean.toString(sample)));
		commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)));
	}

	/**
	 * Every demo record has a fixed id, so a second load is refused and changes nothing:
	 * one prefix for the whole data set, and a tail that tells the kind of record (films
	 * end in {@code 2fn}, archive copies in {@code a0nn}, and so on).
	 * @param tail the id's last twelve hexadecimal digits
	 */
	static UUID fixedId(String tail) {
		return UUID.fromString("7a5f0c1e-2025-4e14-8000-" + tail);
	}

	/** The demo initiatives, by kind, with fixed ids. */
	static final InitiativeId CALENDAR = initiative(1);

	static final InitiativeId CULTURAL_TOUR = initiative(2);

	static final InitiativeId ARCHIVE_EXCHANGE = initiative(3);

	static final InitiativeId MARKETPLACE = initiative(4);

	static final InitiativeId BRAND_WORKING_GROUP = initiative(5);

	private static InitiativeId initiative(int n) {
		return new InitiativeId(fixedId("0000000001c" + n));
	}

}
