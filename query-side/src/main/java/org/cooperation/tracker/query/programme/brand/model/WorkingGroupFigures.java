package org.cooperation.tracker.query.programme.brand.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.query.common.StateCounts;
import org.cooperation.tracker.query.matrix.model.ProgrammeFigure;
import org.cooperation.tracker.query.matrix.model.ProgrammeFigures;

/**
 * The working group's figures per country: members seated, and the country's approval of
 * the latest concept draft; an approval of a superseded draft is shown apart, as not
 * counted.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class WorkingGroupFigures implements ProgrammeFigures {

	private final WorkingGroupRowRepository groups;

	private final MemberRowRepository members;

	private final DraftRowRepository drafts;

	private final PositionRowRepository positions;

	@Override
	public InitiativeKind kind() {
		return InitiativeKind.BRAND_WORKING_GROUP;
	}

	@Override
	public Map<UUID, Map<Country, List<ProgrammeFigure>>> figuresFor(Collection<UUID> initiativeIds) {
		List<WorkingGroupRow> found = groups.findByInitiativeIdIn(initiativeIds);
		List<UUID> groupIds = found.stream().map(WorkingGroupRow::getWorkingGroupId).toList();
		Map<UUID, List<MemberRow>> seats = groupIds.isEmpty() ? Map.of()
				: members.findByWorkingGroupIdInOrderByJoinedSequence(groupIds)
					.stream()
					.collect(Collectors.groupingBy(MemberRow::getWorkingGroupId));
		Map<UUID, List<DraftRow>> versions = groupIds.isEmpty() ? Map.of()
				: drafts.findByWorkingGroupIdInOrderByVersion(groupIds)
					.stream()
					.collect(Collectors.groupingBy(DraftRow::getWorkingGroupId));
		Map<UUID, List<PositionRow>> taken = groupIds.isEmpty() ? Map.of()
				: positions.findByWorkingGroupIdIn(groupIds)
					.stream()
					.collect(Collectors.groupingBy(PositionRow::getWorkingGroupId));
		Map<UUID, Map<Country, List<ProgrammeFigure>>> figures = new HashMap<>();
		for (WorkingGroupRow group : found) {
			UUID groupId = group.getWorkingGroupId();
			figures.put(group.getInitiativeId(), figuresOf(seats.getOrDefault(groupId, List.of()),
					versions.getOrDefault(groupId, List.of()), taken.getOrDefault(groupId, List.of())));
		}
		return figures;
	}

	/**
	 * One group's figures, from its seats, its drafts in version order and its positions.
	 */
	private static Map<Country, List<ProgrammeFigure>> figuresOf(List<MemberRow> seats, List<DraftRow> versions,
			List<PositionRow> groupPositions) {
		Map<Country, List<ProgrammeFigure>> figures = new EnumMap<>(Country.class);
		Map<Country, Long> seated = StateCounts.present(Country.class,
				seats.stream().filter(MemberRow::isSeated).toList(), MemberRow::getCountry);
		seated.forEach((country, count) -> add(figures, country,
				ProgrammeFigure.counted("brand.members", count, "member nominated", "members nominated")));

		if (versions.isEmpty()) {
			return figures;
		}
		int latest = versions.get(versions.size() - 1).getVersion();
		Map<Country, ConceptStanding> standings = ConceptStanding.of(versions, groupPositions);
		for (Country country : Country.values()) {
			ConceptStanding standing = standings.get(country);
			if (standing == null && !seated.containsKey(country)) {
				continue;
			}
			ApprovalState state = (standing != null) ? standing.state() : ApprovalState.NO_POSITION;
			add(figures, country,
					(state == ApprovalState.WITHHELD)
							? ProgrammeFigure.of("brand.withheld", "approval withheld (v" + latest + ")", 1)
								.aboutDraft(latest)
							: latestApprovals((state == ApprovalState.APPROVED) ? 1 : 0, latest));
			if (state == ApprovalState.APPROVED_EARLIER_DRAFT) {
				int version = standing.position().getVersion();
				add(figures, country,
						ProgrammeFigure
							.of("brand.superseded", "approval of a superseded draft (v" + version + "), not counted", 1)
							.aboutDraft(version));
			}
		}
		return figures;
	}

	private static ProgrammeFigure latestApprovals(long count, int latest) {
		return ProgrammeFigure
			.counted("brand.approvals", count, "approval of the latest concept draft (v" + latest + ")",
					"approvals of the latest concept draft (v" + latest + ")")
			.aboutDraft(latest);
	}

	private static void add(Map<Country, List<ProgrammeFigure>> figures, Country country, ProgrammeFigure figure) {
		figures.computeIfAbsent(country, (c) -> new ArrayList<>()).add(figure);
	}

}
