package org.cooperation.tracker.query.programme.archive.model;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.cooperation.tracker.query.common.ReadModelTables;

import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.common.Sha256;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyApproved;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyChecksumMismatchRecorded;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyDeclined;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyId;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyOffered;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyReceived;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyRequested;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyTransferred;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyWithdrawn;
import org.cooperation.tracker.kernel.programme.archive.ArchiveMaterial;
import org.cooperation.tracker.query.common.Recorded;

/**
 * Projects each exchanged copy and its steps. The copy row takes an event only when its
 * aggregate sequence is newer than the last one applied; steps are keyed by the event
 * identifier. Both make redelivery and replay harmless.
 */
@Component
@ReadModelTables({ "rm_archive_copy", "rm_archive_copy_step" })
@ProcessingGroup(ArchiveExchangeProjection.PROCESSING_GROUP)
@RequiredArgsConstructor
@Slf4j
public class ArchiveExchangeProjection {

	public static final String PROCESSING_GROUP = "archive-exchange";

	private final ArchiveCopyRowRepository copies;

	private final ArchiveCopyStepRowRepository steps;

	@EventHandler
	public void on(ArchiveCopyOffered event, @MessageIdentifier String eventId, Recorded recorded) {
		started(event.copyId(), event.initiativeId(), event.holder(), event.receiver(), ArchiveCopyState.OFFERED,
				event.material(), event.holder(), event.note(), eventId, recorded);
	}

	@EventHandler
	public void on(ArchiveCopyRequested event, @MessageIdentifier String eventId, Recorded recorded) {
		started(event.copyId(), event.initiativeId(), event.holder(), event.receiver(), ArchiveCopyState.REQUESTED,
				event.material(), event.receiver(), event.note(), eventId, recorded);
	}

	@EventHandler
	public void on(ArchiveCopyApproved event, @MessageIdentifier String eventId, Recorded recorded) {
		took(new ArchiveCopyStepRow(eventId, event.copyId(), event.initiativeId(), ArchiveCopyState.APPROVED,
				event.approvedBy(), event.note(), recorded), recorded);
	}

	@EventHandler
	public void on(ArchiveCopyTransferred event, @MessageIdentifier String eventId, Recorded recorded) {
		took(new ArchiveCopyStepRow(eventId, event.copyId(), event.initiativeId(), ArchiveCopyState.TRANSFERRED,
				event.holder(), event.note(), recorded)
			.withTransfer(text(event.checksum()), event.medium(), event.attempt())
			.on(event.sentOn()), recorded);
	}

	@EventHandler
	public void on(ArchiveCopyReceived event, @MessageIdentifier String eventId, Recorded recorded) {
		took(new ArchiveCopyStepRow(eventId, event.copyId(), event.initiativeId(), ArchiveCopyState.RECEIVED,
				event.receiver(), event.note(), recorded)
			.withChecksums(text(event.checksum()), null)
			.on(event.receivedOn()), recorded);
	}

	@EventHandler
	public void on(ArchiveCopyChecksumMismatchRecorded event, @MessageIdentifier String eventId, Recorded recorded) {
		took(new ArchiveCopyStepRow(eventId, event.copyId(), event.initiativeId(), ArchiveCopyState.CHECKSUM_MISMATCH,
				event.receiver(), event.note(), recorded)
			.withChecksums(text(event.expected()), text(event.computed()))
			.on(event.checkedOn()), recorded);
	}

	@EventHandler
	public void on(ArchiveCopyWithdrawn event, @MessageIdentifier String eventId, Recorded recorded) {
		took(new ArchiveCopyStepRow(eventId, event.copyId(), event.initiativeId(), ArchiveCopyState.WITHDRAWN,
				event.withdrawnBy(), event.reason(), recorded), recorded);
	}

	@EventHandler
	public void on(ArchiveCopyDeclined event, @MessageIdentifier String eventId, Recorded recorded) {
		took(new ArchiveCopyStepRow(eventId, event.copyId(), event.initiativeId(), ArchiveCopyState.DECLINED,
				event.declinedBy(), event.reason(), recorded), recorded);
	}

	@ResetHandler
	public void reset() {
		steps.deleteAllInBatch();
		copies.deleteAllInBatch();
	}

	private void started(ArchiveCopyId copyId, InitiativeId initiativeId, Country holder, Country receiver,
			ArchiveCopyState state, ArchiveMaterial material, Country by, String note, String eventId,
			Recorded recorded) {
		copies.saveIfAbsent(copyId.value(), () -> ArchiveCopyRow.started(copyId.value(), initiativeId.value(), holder,
				receiver, state, material, recorded));
		step(new ArchiveCopyStepRow(eventId, copyId, initiativeId, state, by, note, recorded));
	}

	/**
	 * The copy takes the step and the step is kept. A copy's events arrive in order after
	 * the one that started it, so a missing copy means an inconsistent store: say so and
	 * skip rather than stall the processor.
	 */
	private void took(ArchiveCopyStepRow step, Recorded recorded) {
		copies.update(step.getCopyId(), (row) -> row.took(step, recorded),
				() -> log.warn("Skipped the move of archive copy {} to {}: the copy is not known", step.getCopyId(),
						step.getState()));
		step(step);
	}

	private void step(ArchiveCopyStepRow row) {
		steps.saveIfAbsent(row.getEventId(), () -> row);
	}

	private static String text(Sha256 checksum) {
		return (checksum != null) ? checksum.hex() : null;
	}

}
