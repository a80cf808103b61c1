package org.cooperation.tracker.query.protocol.model;

import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import org.cooperation.tracker.kernel.protocol.DirectionAgreed;
import org.cooperation.tracker.kernel.protocol.Party;
import org.cooperation.tracker.kernel.protocol.ProtocolId;
import org.cooperation.tracker.kernel.protocol.ProtocolRecorded;
import org.cooperation.tracker.kernel.protocol.ProtocolSigned;
import org.cooperation.tracker.query.common.Recorded;

import org.cooperation.tracker.query.common.ReadModelTables;

import org.springframework.stereotype.Component;

/**
 * Projects protocols, their parties, signatures and directions. Every row is keyed by the
 * natural key the event carries, so a redelivered event writes the same row again and
 * changes nothing; the protocol's version, the sequence number of its last event, only
 * moves forward.
 */
@Component
@ReadModelTables({ "rm_protocol", "rm_protocol_party", "rm_protocol_signature", "rm_protocol_direction" })
@ProcessingGroup(ProtocolsProjection.PROCESSING_GROUP)
@RequiredArgsConstructor
public class ProtocolsProjection {

	public static final String PROCESSING_GROUP = "protocols";

	private final ProtocolRowRepository protocols;

	private final PartyRowRepository parties;

	private final SignatureRowRepository signatures;

	private final DirectionRowRepository directions;

	@EventHandler
	public void on(ProtocolRecorded event, Recorded recorded) {
		UUID protocolId = event.protocolId().value();
		ProtocolRow protocol = new ProtocolRow(protocolId, event.number(), event.meetingDate(), event.place(),
				event.meetingTitle(), recorded);
		// Delivered again after later events, the record keeps the version they gave it.
		protocols.findById(protocolId).ifPresent((known) -> protocol.advanceVersion(known.getAggregateVersion()));
		protocols.save(protocol);
		List<Party> partyList = (event.parties() != null) ? event.parties() : List.of();
		for (int position = 0; position < partyList.size(); position++) {
			Party party = partyList.get(position);
			parties
				.save(new PartyRow(protocolId, party.country(), party.role(), party.designatedSignatory(), position));
		}
	}

	@EventHandler
	public void on(DirectionAgreed event, Recorded recorded) {
		directions.save(new DirectionRow(event.directionId().value(), event.protocolId().value(), event.title(),
				recorded.at(), recorded.sequence(), recorded.sample()));
		applied(event.protocolId(), recorded.sequence());
	}

	@EventHandler
	public void on(ProtocolSigned event, Recorded recorded) {
		signatures.save(new SignatureRow(event.protocolId().value(), event.country(), event.signatory(),
				event.position(), event.signedOn(), recorded));
		applied(event.protocolId(), recorded.sequence());
	}

	@ResetHandler
	public void reset() {
		signatures.deleteAllInBatch();
		directions.deleteAllInBatch();
		parties.deleteAllInBatch();
		protocols.deleteAllInBatch();
	}

	/** Moves the protocol's version to the event just applied. */
	private void applied(ProtocolId protocolId, long sequence) {
		protocols.update(protocolId.value(), (protocol) -> protocol.advanceVersion(sequence));
	}

}
