package org.cooperation.tracker.query.initiative.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.initiative.ParticipationStatusChanged;
import org.cooperation.tracker.kernel.initiative.ProgressReported;
import org.cooperation.tracker.query.common.PrefetchingProjection;
import org.cooperation.tracker.query.common.Recorded;

import org.cooperation.tracker.query.common.ReadModelTables;

import org.springframework.stereotype.Component;

/**
 * Projects initiatives and each participant's current standing: status, IATI code
 * (derived from the status when read), latest percent, the day the status took effect and
 * when anything was last recorded. Changes are ordered by the initiative aggregate's
 * sequence number, which makes redelivery harmless; the latest one applied is the
 * initiative's version.
 */
@Component
@ReadModelTables({ "rm_initiative", "rm_initiative_participant" })
@ProcessingGroup(InitiativesProjection.PROCESSING_GROUP)
@RequiredArgsConstructor
@Slf4j
public class InitiativesProjection implements PrefetchingProjection {

	public static final String PROCESSING_GROUP = "initiatives";

	private final InitiativeRowRepository initiatives;

	private final ParticipantRowRepository participants;

	@EventHandler
	public void on(InitiativeProposed event, Recorded recorded) {
		UUID initiativeId = event.initiativeId().value();
		InitiativeRow initiative = new InitiativeRow(initiativeId, event.protocolId().value(),
				(event.directionId() != null) ? event.directionId().value() : null, event.kind(), event.title(),
				event.description(), event.proposedBy(), recorded);
		// Delivered again after later events, the record keeps the version they gave it.
		initiatives.findById(initiativeId).ifPresent((known) -> initiative.advanceVersion(known.getAggregateVersion()));
		initiatives.save(initiative);
		Set<Country> countries = (event.participants() != null) ? event.participants() : Set.of();
		for (Country country : countries) {
			// A participant row that exists already may have moved on since; keep it.
			participants.saveIfAbsent(new ParticipantKey(initiativeId, country),
					() -> ParticipantRow.proposed(initiativeId, country, recorded));
		}
	}

	@EventHandler
	public void on(ParticipationStatusChanged event, Recorded recorded) {
		participant(event.initiativeId().value(), event.country(), event,
				(row) -> row.changeStatus(event.to(), event.effectiveOn(), recorded));
		applied(event.initiativeId().value(), recorded.sequence());
	}

	@EventHandler
	public void on(ProgressReported event, Recorded recorded) {
		participant(event.initiativeId().value(), event.country(), event,
				(row) -> row.report(event.percent().value(), event.asOf(), recorded));
		applied(event.initiativeId().value(), recorded.sequence());
	}

	/** The batch's initiatives and their participants, a query each. */
	@Override
	public void prefetch(List<? extends EventMessage<?>> events) {
		Set<UUID> ids = new HashSet<>();
		Set<ParticipantKey> keys = new HashSet<>();
		PrefetchingProjection
			.ofTypes(events, InitiativeProposed.class, ParticipationStatusChanged.class, ProgressReported.class)
			.map(EventMessage::getPayload)
			.forEach((payload) -> {
				if (payload instanceof InitiativeProposed proposed) {
					ids.add(proposed.initiativeId().value());
					if (proposed.participants() != null) {
						proposed.participants()
							.forEach((country) -> keys
								.add(new ParticipantKey(proposed.initiativeId().value(), country)));
					}
				}
				else if (payload instanceof ParticipationStatusChanged changed) {
					ids.add(changed.initiativeId().value());
					keys.add(new ParticipantKey(changed.initiativeId().value(), changed.country()));
				}
				else if (payload instanceof ProgressReported reported) {
					ids.add(reported.initiativeId().value());
					keys.add(new ParticipantKey(reported.initiativeId().value(), reported.country()));
				}
			});
		initiatives.prefetch(ids, () -> initiatives.findAllById(ids), InitiativeRow::getInitiativeId);
		participants.prefetch(keys, () -> participants.findByInitiativeIdIn(ids),
				(row) -> new ParticipantKey(row.getInitiativeId(), row.getCountry()));
	}

	@ResetHandler
	public void reset() {
		participants.deleteAllInBatch();
		initiatives.deleteAllInBatch();
	}

	/**
	 * The command side only accepts changes for participants, and an initiative's events
	 * arrive in order, so a missing row means an inconsistent store: say so and skip
	 * rather than stall the processor on an event it can never apply.
	 */
	private void participant(UUID initiativeId, Country country, Object event, Consumer<ParticipantRow> change) {
		participants.update(new ParticipantKey(initiativeId, country), change,
				() -> log.warn("Skipped {}: {} is not a known participant of initiative {}",
						event.getClass().getSimpleName(), country, initiativeId));
	}

	/** Moves the initiative's version to the event just applied. */
	private void applied(UUID initiativeId, long sequence) {
		initiatives.update(initiativeId, (initiative) -> initiative.advanceVersion(sequence));
	}

}
