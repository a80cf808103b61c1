package org.cooperation.tracker.query.programme.brand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.query.initiative.Awaited;
import org.cooperation.tracker.query.initiative.AwaitedKind;
import org.cooperation.tracker.query.initiative.CountryWaitingSource;
import org.cooperation.tracker.query.initiative.model.ParticipantRow;
import org.cooperation.tracker.query.initiative.model.ParticipantRowRepository;
import org.cooperation.tracker.query.programme.brand.model.ApprovalState;
import org.cooperation.tracker.query.programme.brand.model.ConceptStanding;
import org.cooperation.tracker.query.programme.brand.model.DraftRow;
import org.cooperation.tracker.query.programme.brand.model.DraftRowRepository;
import org.cooperation.tracker.query.programme.brand.model.MemberRow;
import org.cooperation.tracker.query.programme.brand.model.MemberRowRepository;
import org.cooperation.tracker.query.programme.brand.model.PositionRow;
import org.cooperation.tracker.query.programme.brand.model.PositionRowRepository;
import org.cooperation.tracker.query.programme.brand.model.WorkingGroupRow;
import org.cooperation.tracker.query.programme.brand.model.WorkingGroupRowRepository;

/**
 * What the brand working groups of a country's initiatives wait for from it: a seat while
 * it holds none (no member nominated, or the last one recalled), and its position on the
 * latest concept draft while it has taken none (an approval of an earlier draft does not
 * count for the latest). A country that declined the initiative is asked neither. Five
 * statements, whatever the number of groups.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class WorkingGroupWaiting implements CountryWaitingSource {

	private static final String PAGE = "working-group";

	private final ParticipantRowRepository participants;

	private final WorkingGroupRowRepository groups;

	private final MemberRowRepository members;

	private final DraftRowRepository drafts;

	private final PositionRowRepository positions;

	@Override
	public List<Awaited> waitingOn(Country country) {
		Set<UUID> taking = participants.findByCountry(country)
			.stream()
			.filter((participant) -> participant.getStatus() != ParticipationStatus.DECLINED)
			.map(ParticipantRow::getInitiativeId)
			.collect(Collectors.toSet());
		if (taking.isEmpty()) {
			return List.of();
		}
		List<WorkingGroupRow> found = groups.findByInitiativeIdIn(taking);
		if (found.isEmpty()) {
			return List.of();
		}
		List<UUID> groupIds = found.stream().map(WorkingGroupRow::getWorkingGroupId).toList();
		Set<UUID> seated = members.findByWorkingGroupIdInAndCountry(groupIds, country)
			.stream()
			.filter(MemberRow::isSeated)
			.map(MemberRow::getWorkingGroupId)
			.collect(Collectors.toSet());
		Map<UUID, List<DraftRow>> versions = drafts.findByWorkingGroupIdInOrderByVersion(groupIds)
			.stream()
			.collect(Collectors.groupingBy(DraftRow::getWorkingGroupId));
		Map<UUID, List<PositionRow>> taken = positions.findByWorkingGroupIdInAndCountry(groupIds, country)
			.stream()
			.collect(Collectors.groupingBy(PositionRow::getWorkingGroupId));
		List<Awaited> waiting = new ArrayList<>();
		for (WorkingGroupRow group : found) {
			UUID groupId = group.getWorkingGroupId();
			if (!seated.contains(groupId)) {
				waiting.add(new Awaited(AwaitedKind.WORKING_GROUP_SEAT, group.getInitiativeId(), null, null, null, null,
						PAGE, group.getEstablishedAt(), group.isSample()));
			}
			List<DraftRow> groupDrafts = versions.getOrDefault(groupId, List.of());
			if (!groupDrafts.isEmpty()
					&& withoutPosition(country, groupDrafts, taken.getOrDefault(groupId, List.of()))) {
				DraftRow latest = groupDrafts.get(groupDrafts.size() - 1);
				waiting.add(new Awaited(AwaitedKind.CONCEPT_POSITION, group.getInitiativeId(), null,
						latest.getTitle() + " (v" + latest.getVersion() + ")", null, null, PAGE, latest.getRecordedAt(),
						latest.isSample()));
			}
		}
		return waiting;
	}

	private static boolean withoutPosition(Country country, List<DraftRow> groupDrafts,
			List<PositionRow> countryPositions) {
		ConceptStanding standing = ConceptStanding.of(groupDrafts, countryPositions)
			.getOrDefault(country, ConceptStanding.none(country));
		return standing.state() == ApprovalState.NO_POSITION
				|| standing.state() == ApprovalState.APPROVED_EARLIER_DRAFT;
	}

}
