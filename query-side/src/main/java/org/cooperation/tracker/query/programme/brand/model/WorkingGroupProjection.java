package org.cooperation.tracker.query.programme.brand.model;

import java.time.LocalDate;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.cooperation.tracker.query.common.ReadModelTables;

import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.brand.ConceptApprovalWithheld;
import org.cooperation.tracker.kernel.programme.brand.ConceptDecision;
import org.cooperation.tracker.kernel.programme.brand.ConceptDraftApproved;
import org.cooperation.tracker.kernel.programme.brand.ConceptDraftSubmitted;
import org.cooperation.tracker.kernel.programme.brand.DraftVersion;
import org.cooperation.tracker.kernel.programme.brand.MeetingRecorded;
import org.cooperation.tracker.kernel.programme.brand.MemberNominated;
import org.cooperation.tracker.kernel.programme.brand.MemberRecalled;
import org.cooperation.tracker.kernel.programme.brand.MemberReplaced;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupEstablished;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupId;
import org.cooperation.tracker.query.common.Recorded;

/**
 * Projects brand working groups: the group, its members (a replacement closes one seat
 * and opens the next), meetings, drafts and positions. Rows are keyed by the ids the
 * events carry and positions are ordered by aggregate sequence, so redelivery is
 * harmless. The group's version is the latest aggregate sequence applied.
 */
@Component
@ReadModelTables({ "rm_working_group", "rm_working_group_member", "rm_working_group_meeting", "rm_concept_draft",
		"rm_concept_position" })
@ProcessingGroup(WorkingGroupProjection.PROCESSING_GROUP)
@RequiredArgsConstructor
@Slf4j
public class WorkingGroupProjection {

	public static final String PROCESSING_GROUP = "brand-working-group";

	private final WorkingGroupRowRepository groups;

	private final MemberRowRepository members;

	private final MeetingRowRepository meetings;

	private final DraftRowRepository drafts;

	private final PositionRowRepository positions;

	@EventHandler
	public void on(WorkingGroupEstablished event, Recorded recorded) {
		groups.saveIfAbsent(event.workingGroupId().value(), () -> new WorkingGroupRow(event, recorded));
	}

	@EventHandler
	public void on(MemberNominated event, Recorded recorded) {
		applied(event.workingGroupId(), recorded.sequence());
		UUID id = event.memberId().value();
		members.saveIfAbsent(id, () -> new MemberRow(id, event.workingGroupId().value(), event.country(),
				event.person().name(), event.person().position(), event.role(), event.nominatedOn(), null, recorded));
	}

	@EventHandler
	public void on(MemberReplaced event, Recorded recorded) {
		applied(event.workingGroupId(), recorded.sequence());
		UUID successor = event.memberId().value();
		members.update(event.replaced().value(),
				(leaving) -> leaving.left(Departure.REPLACED, event.replacedOn(), successor, null),
				() -> log.warn("Skipped the departure of unknown member {} of working group {}", event.replaced(),
						event.workingGroupId()));
		members.saveIfAbsent(successor,
				() -> new MemberRow(successor, event.workingGroupId().value(), event.country(), event.person().name(),
						event.person().position(), event.role(), event.replacedOn(), event.replaced().value(),
						recorded));
	}

	@EventHandler
	public void on(MemberRecalled event, @SequenceNumber long sequence) {
		applied(event.workingGroupId(), sequence);
		members.update(event.memberId().value(),
				(leaving) -> leaving.left(Departure.RECALLED, event.recalledOn(), null, event.note()),
				() -> log.warn("Skipped the recall of unknown member {} of working group {}", event.memberId(),
						event.workingGroupId()));
	}

	@EventHandler
	public void on(MeetingRecorded event, Recorded recorded) {
		applied(event.workingGroupId(), recorded.sequence());
		meetings.saveIfAbsent(event.meetingId().value(), () -> new MeetingRow(event, recorded));
	}

	@EventHandler
	public void on(ConceptDraftSubmitted event, Recorded recorded) {
		applied(event.workingGroupId(), recorded.sequence());
		drafts.saveIfAbsent(new DraftKey(event.workingGroupId().value(), event.version().value()),
				() -> new DraftRow(event, recorded));
	}

	@EventHandler
	public void on(ConceptDraftApproved event, Recorded recorded) {
		decided(event.workingGroupId(), event.country(), event.version(), ConceptDecision.APPROVED, event.decidedOn(),
				event.note(), recorded);
	}

	@EventHandler
	public void on(ConceptApprovalWithheld event, Recorded recorded) {
		decided(event.workingGroupId(), event.country(), event.version(), ConceptDecision.WITHHELD, event.decidedOn(),
				event.reason(), recorded);
	}

	@ResetHandler
	public void reset() {
		positions.deleteAllInBatch();
		drafts.deleteAllInBatch();
		meetings.deleteAllInBatch();
		members.deleteAllInBatch();
		groups.deleteAllInBatch();
	}

	/** Moves the group's version to the event just applied. */
	private void applied(WorkingGroupId group, long sequence) {
		groups.update(group.value(), (row) -> row.advanceVersion(sequence));
	}

	/**
	 * The country's position on the draft takes the decision unless a later one is held.
	 */
	private void decided(WorkingGroupId group, Country country, DraftVersion version, ConceptDecision decision,
			LocalDate on, String note, Recorded recorded) {
		applied(group, recorded.sequence());
		PositionRow row = positions.findById(new PositionKey(group.value(), country, version.value()))
			.orElseGet(() -> new PositionRow(group.value(), country, version.value()));
		if (row.decide(decision, on, note, recorded)) {
			positions.save(row);
		}
	}

}
