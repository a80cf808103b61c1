package org.cooperation.tracker.query.programme.culturaltour.model;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.cooperation.tracker.query.common.ReadModelTables;

import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegCancelled;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegConfirmed;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegHeld;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegId;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegPlanned;
import org.cooperation.tracker.kernel.programme.culturaltour.TourProgrammeId;
import org.cooperation.tracker.kernel.programme.culturaltour.TourProgrammeOpened;
import org.cooperation.tracker.query.common.Recorded;

/**
 * Projects programme editions and their legs. A leg is written once when planned; each
 * move sets its own columns and takes the state only when it is newer (by the programme
 * aggregate's sequence), which makes redelivery and replay harmless. The edition's
 * version is the latest of those sequences applied.
 */
@Component
@ReadModelTables({ "rm_tour_programme", "rm_tour_leg" })
@ProcessingGroup(TourProgrammesProjection.PROCESSING_GROUP)
@RequiredArgsConstructor
@Slf4j
public class TourProgrammesProjection {

	public static final String PROCESSING_GROUP = "cultural-tour-programmes";

	private final TourProgrammeRowRepository programmes;

	private final TourLegRowRepository legs;

	@EventHandler
	public void on(TourProgrammeOpened event, Recorded recorded) {
		UUID initiativeId = event.programmeId().initiativeId().value();
		int year = event.programmeId().year();
		programmes.saveIfAbsent(new TourProgrammeKey(initiativeId, year),
				() -> new TourProgrammeRow(initiativeId, year, recorded));
	}

	@EventHandler
	public void on(TourLegPlanned event, Recorded recorded) {
		applied(event.programmeId(), recorded.sequence());
		legs.saveIfAbsent(event.legId().value(), () -> TourLegRow.planned(event, recorded));
	}

	@EventHandler
	public void on(TourLegConfirmed event, Recorded recorded) {
		moved(event.programmeId(), event.legId(), event, (leg) -> leg.confirmed(event.note(), recorded), recorded);
	}

	@EventHandler
	public void on(TourLegHeld event, Recorded recorded) {
		List<String> links = (event.evidence() != null)
				? event.evidence().stream().map(EvidenceLink::url).map(Object::toString).toList() : List.of();
		moved(event.programmeId(), event.legId(), event, (leg) -> leg.held(event.note(), links, recorded), recorded);
	}

	@EventHandler
	public void on(TourLegCancelled event, Recorded recorded) {
		moved(event.programmeId(), event.legId(), event, (leg) -> leg.cancelled(event.from(), event.reason(), recorded),
				recorded);
	}

	@ResetHandler
	public void reset() {
		legs.deleteAllInBatch();
		programmes.deleteAllInBatch();
	}

	/**
	 * The leg takes the move. A programme's events arrive in order, so a missing leg
	 * means an inconsistent store: say so and skip rather than stall the processor on an
	 * event it can never apply.
	 */
	private void moved(TourProgrammeId programmeId, TourLegId legId, Object event, Consumer<TourLegRow> move,
			Recorded recorded) {
		applied(programmeId, recorded.sequence());
		legs.update(legId.value(), move,
				() -> log.warn("Skipped {}: leg {} was never planned", event.getClass().getSimpleName(), legId));
	}

	/** Moves the edition's version to the event just applied. */
	private void applied(TourProgrammeId programmeId, long sequence) {
		programmes.update(new TourProgrammeKey(programmeId.initiativeId().value(), programmeId.year()),
				(programme) -> programme.advanceVersion(sequence));
	}

}
