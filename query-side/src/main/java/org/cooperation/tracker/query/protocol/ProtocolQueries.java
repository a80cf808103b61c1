package org.cooperation.tracker.query.protocol;

import lombok.RequiredArgsConstructor;
import org.cooperation.tracker.query.common.NotFoundException;
import org.cooperation.tracker.query.common.Versioned;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.initiative.model.InitiativeRowRepository;
import org.cooperation.tracker.query.protocol.model.DirectionRow;
import org.cooperation.tracker.query.protocol.model.DirectionRowRepository;
import org.cooperation.tracker.query.protocol.model.PartyRowRepository;
import org.cooperation.tracker.query.protocol.model.ProtocolCountryKey;
import org.cooperation.tracker.query.protocol.model.ProtocolRow;
import org.cooperation.tracker.query.protocol.model.ProtocolRowRepository;
import org.cooperation.tracker.query.protocol.model.SignatureRow;
import org.cooperation.tracker.query.protocol.model.SignatureRowRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads protocols, their parties, signatures and directions. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ProtocolQueries {

	private final ProtocolRowRepository protocols;

	private final PartyRowRepository parties;

	private final SignatureRowRepository signatures;

	private final DirectionRowRepository directions;

	private final InitiativeRowRepository initiatives;

	/** Every protocol, by meeting date. */
	public List<ProtocolView> protocols() {
		return protocols.findAllByOrderByMeetingDateAscRecordedAtAsc().stream().map(this::view).toList();
	}

	/**
	 * The protocol, with its version, read from one snapshot so that the version names
	 * exactly the state shown.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Versioned<ProtocolView> protocol(UUID protocolId) {
		ProtocolRow protocol = protocolRow(protocolId);
		return new Versioned<>(protocolId.toString(), protocol.getAggregateVersion(), view(protocol));
	}

	public DirectionView direction(UUID protocolId, UUID directionId) {
		protocolRow(protocolId);
		DirectionRow direction = directions.findById(directionId)
			.filter(row -> row.getProtocolId().equals(protocolId))
			.orElseThrow(
					() -> new NotFoundException("protocol " + protocolId + " has no direction with id " + directionId));
		List<InitiativeReference> serving = initiatives
			.findByDirectionIdOrderByProposedAtAscInitiativeIdAsc(directionId)
			.stream()
			.filter(initiative -> initiative.getProtocolId().equals(protocolId))
			.map(initiative -> new InitiativeReference(initiative.getInitiativeId(), initiative.getKind(),
					initiative.getTitle()))
			.toList();
		return new DirectionView(protocolId, directionId, direction.getTitle(), direction.getAgreedAt(),
				direction.isSample(), serving);
	}

	public SignatureView signature(UUID protocolId, Country country) {
		protocolRow(protocolId);
		SignatureRow signature = signatures.findById(new ProtocolCountryKey(protocolId, country))
			.orElseThrow(() -> new NotFoundException("no signature of " + country.nameEn() + " (" + country.alpha2()
					+ ") is recorded on protocol " + protocolId));
		return new SignatureView(protocolId, country, signature.getSignatory(), signature.getPosition(),
				signature.getSignedOn(), signature.getRecordedAt(), signature.isSample());
	}

	private ProtocolRow protocolRow(UUID protocolId) {
		return protocols.findById(protocolId)
			.orElseThrow(() -> new NotFoundException("no protocol with id " + protocolId));
	}

	private ProtocolView view(ProtocolRow protocol) {
		UUID protocolId = protocol.getProtocolId();
		Map<Country, SignatureRow> signed = signatures.findByProtocolId(protocolId)
			.stream()
			.collect(Collectors.toMap(SignatureRow::getCountry, Function.identity()));
		List<PartyView> partyViews = parties.findByProtocolIdOrderByListPosition(protocolId)
			.stream()
			.map(party -> new PartyView(party.getCountry(), party.getRole(), party.getDesignatedSignatory(),
					summary(signed.get(party.getCountry()))))
			.toList();
		List<DirectionSummary> directionViews = directions.findByProtocolIdOrderByAggregateSequence(protocolId)
			.stream()
			.map(direction -> new DirectionSummary(direction.getDirectionId(), direction.getTitle()))
			.toList();
		return new ProtocolView(protocolId, protocol.getNumber(), protocol.getMeetingDate(), protocol.getPlace(),
				protocol.getMeetingTitle(), partyViews, directionViews, protocol.getRecordedAt(), protocol.isSample());
	}

	private static SignatureSummary summary(SignatureRow signature) {
		return (signature != null)
				? new SignatureSummary(signature.getSignatory(), signature.getPosition(), signature.getSignedOn())
				: null;
	}

}
