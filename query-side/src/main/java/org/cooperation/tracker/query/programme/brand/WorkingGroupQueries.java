package org.cooperation.tracker.query.programme.brand;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.query.initiative.model.InitiativeRow;
import org.cooperation.tracker.query.initiative.ProgrammeInitiatives;
import org.cooperation.tracker.query.programme.brand.model.ApprovalState;
import org.cooperation.tracker.query.programme.brand.model.ConceptStanding;
import org.cooperation.tracker.query.programme.brand.model.DraftKey;
import org.cooperation.tracker.query.programme.brand.model.DraftRow;
import org.cooperation.tracker.query.programme.brand.model.DraftRowRepository;
import org.cooperation.tracker.query.programme.brand.model.MeetingRow;
import org.cooperation.tracker.query.programme.brand.model.MeetingRowRepository;
import org.cooperation.tracker.query.programme.brand.model.MemberRow;
import org.cooperation.tracker.query.programme.brand.model.MemberRowRepository;
import org.cooperation.tracker.query.programme.brand.model.PositionRow;
import org.cooperation.tracker.query.programme.brand.model.PositionRowRepository;
import org.cooperation.tracker.query.programme.brand.model.WorkingGroupRow;
import org.cooperation.tracker.query.programme.brand.model.WorkingGroupRowRepository;
import org.cooperation.tracker.query.common.NotFoundException;
import org.cooperation.tracker.query.common.Versioned;
import org.cooperation.tracker.query.programme.brand.WorkingGroupView.CountryRoster;
import org.cooperation.tracker.query.programme.brand.WorkingGroupView.ConceptApproval;
import org.cooperation.tracker.query.programme.brand.WorkingGroupView.ApprovalView;
import org.cooperation.tracker.query.programme.brand.WorkingGroupView.DraftPositions;
import org.cooperation.tracker.query.programme.brand.WorkingGroupView.PositionView;

/**
 * Reads the brand working group of an initiative: the whole group, or one member, meeting
 * or draft.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class WorkingGroupQueries {

	private final ProgrammeInitiatives initiatives;

	private final WorkingGroupRowRepository groups;

	private final MemberRowRepository members;

	private final MeetingRowRepository meetings;

	private final DraftRowRepository drafts;

	private final PositionRowRepository positions;

	/**
	 * The working group of the initiative, with its version, read from one snapshot so
	 * that the version names exactly the state shown.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Versioned<WorkingGroupView> workingGroup(UUID initiativeId) {
		InitiativeRow initiative = brandInitiative(initiativeId);
		WorkingGroupRow group = group(initiativeId);
		return new Versioned<>(group.getWorkingGroupId().toString(), group.getAggregateVersion(),
				view(initiative, group));
	}

	/** The working group, or empty while none is established for this initiative. */
	public Optional<WorkingGroupView> established(UUID initiativeId) {
		InitiativeRow initiative = brandInitiative(initiativeId);
		return groups.findByInitiativeId(initiativeId).map((group) -> view(initiative, group));
	}

	private WorkingGroupView view(InitiativeRow initiative, WorkingGroupRow group) {
		UUID initiativeId = initiative.getInitiativeId();
		UUID groupId = group.getWorkingGroupId();
		List<Country> participating = List.copyOf(initiatives.participating(initiativeId));
		List<MemberView> everyone = members.findByWorkingGroupIdOrderByJoinedSequence(groupId)
			.stream()
			.map(WorkingGroupQueries::member)
			.toList();
		List<CountryRoster> roster = participating.stream()
			.map((country) -> new CountryRoster(country,
					everyone.stream().filter((m) -> m.country() == country && m.departure() == null).toList(),
					everyone.stream().filter((m) -> m.country() == country && m.departure() != null).toList()))
			.toList();
		List<DraftRow> versions = drafts.findByWorkingGroupIdOrderByVersion(groupId);
		Integer latest = latest(versions);
		List<PositionRow> positionRows = positions.findByWorkingGroupId(groupId);
		return new WorkingGroupView(groupId, initiativeId, initiative.getTitle(), group.getEstablishedOn(),
				group.getNote(), group.getEstablishedAt(), group.isSample(), roster,
				meetings.findByWorkingGroupIdOrderByHeldOnAscRecordedAtAsc(groupId)
					.stream()
					.map(WorkingGroupQueries::meeting)
					.toList(),
				versions.stream().map((draft) -> draft(draft, latest)).toList(),
				approval(participating, versions, latest, positionRows),
				versions.stream().map((draft) -> positions(draft, latest, participating, positionRows)).toList());
	}

	public MemberView member(UUID initiativeId, UUID memberId) {
		return member(
				inGroup(initiativeId, members.findById(memberId), MemberRow::getWorkingGroupId, "member " + memberId));
	}

	public MeetingView meeting(UUID initiativeId, UUID meetingId) {
		return meeting(inGroup(initiativeId, meetings.findById(meetingId), MeetingRow::getWorkingGroupId,
				"meeting " + meetingId));
	}

	public DraftView draft(UUID initiativeId, int version) {
		UUID groupId = group(initiativeId).getWorkingGroupId();
		DraftRow row = drafts.findById(new DraftKey(groupId, version))
			.orElseThrow(() -> missing(initiativeId, "concept draft v" + version));
		return draft(row, latest(drafts.findByWorkingGroupIdOrderByVersion(groupId)));
	}

	/** The part found, if it belongs to the initiative's working group. */
	private <R> R inGroup(UUID initiativeId, Optional<R> found, Function<R, UUID> groupOf, String what) {
		UUID groupId = group(initiativeId).getWorkingGroupId();
		return found.filter((row) -> groupOf.apply(row).equals(groupId)).orElseThrow(() -> missing(initiativeId, what));
	}

	private static NotFoundException missing(UUID initiativeId, String what) {
		return new NotFoundException("the working group of initiative " + initiativeId + " has no " + what);
	}

	/** The latest draft's version, or null before the first draft. */
	private static Integer latest(List<DraftRow> versions) {
		return versions.isEmpty() ? null : versions.get(versions.size() - 1).getVersion();
	}

	private WorkingGroupRow group(UUID initiativeId) {
		brandInitiative(initiativeId);
		return groups.findByInitiativeId(initiativeId)
			.orElseThrow(() -> new NotFoundException(
					"no working group is established for initiative " + initiativeId + " yet"));
	}

	private static ConceptApproval approval(List<Country> participating, List<DraftRow> versions, Integer latest,
			List<PositionRow> positionRows) {
		Map<Country, ConceptStanding> standings = ConceptStanding.of(versions, positionRows);
		List<ApprovalView> countries = participating.stream()
			.map((country) -> standings.getOrDefault(country, ConceptStanding.none(country)))
			.map(WorkingGroupQueries::approval)
			.toList();
		int approvals = (int) countries.stream().filter((view) -> view.state() == ApprovalState.APPROVED).count();
		return new ConceptApproval(latest, approvals, participating.size(), countries);
	}

	/** Every participant's position on this very draft, none where it took none. */
	private static DraftPositions positions(DraftRow draft, Integer latest, List<Country> participating,
			List<PositionRow> positionRows) {
		Map<Country, PositionRow> onDraft = positionRows.stream()
			.filter((position) -> position.getVersion() == draft.getVersion())
			.collect(Collectors.toMap(PositionRow::getCountry, Function.identity()));
		return new DraftPositions(draft.getVersion(), latest != null && draft.getVersion() == latest,
				participating.stream().map((country) -> {
					PositionRow position = onDraft.get(country);
					return (position == null) ? new PositionView(country, null, null, null, false)
							: new PositionView(country, position.getDecision(), position.getDecidedOn(),
									position.getNote(), position.isSample());
				}).toList());
	}

	private static ApprovalView approval(ConceptStanding standing) {
		PositionRow position = standing.position();
		if (position == null) {
			return new ApprovalView(standing.country(), standing.state(), false, null, null, null, null, false);
		}
		return new ApprovalView(standing.country(), standing.state(), standing.countsForLatest(), position.getVersion(),
				position.getDecision(), position.getDecidedOn(), position.getNote(), position.isSample());
	}

	private static MemberView member(MemberRow row) {
		return new MemberView(row.getMemberId(), row.getCountry(), row.getName(), row.getPosition(), row.getRole(),
				row.getJoinedOn(), row.getPredecessorId(), row.getDeparture(), row.getLeftOn(), row.getSuccessorId(),
				row.getDepartureNote(), row.isSample());
	}

	private static MeetingView meeting(MeetingRow row) {
		// Stored as alpha-2 codes already in the order of the country list.
		List<Country> attending = row.getAttending().stream().map(Country::fromCode).toList();
		DocumentView minutes = (row.getMinutesUrl() != null)
				? new DocumentView(row.getMinutesUrl(), row.getMinutesSha256()) : null;
		return new MeetingView(row.getMeetingId(), row.getHeldOn(), row.getPlace(), attending, row.getDecisions(),
				minutes, row.isSample());
	}

	private static DraftView draft(DraftRow row, Integer latest) {
		return new DraftView(row.getVersion(), row.getTitle(), new DocumentView(row.getUrl(), row.getSha256()),
				row.getSubmittedOn(), latest != null && row.getVersion() == latest, row.isSample());
	}

	private InitiativeRow brandInitiative(UUID initiativeId) {
		return initiatives.ofKind(initiativeId, InitiativeKind.BRAND_WORKING_GROUP, "it has no brand working group");
	}

}
