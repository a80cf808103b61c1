package org.cooperation.tracker.query.initiative;

import java.util.Collection;
import java.util.List;

import org.cooperation.tracker.kernel.initiative.IatiActivityStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;

/**
 * One IATI ActivityStatus for a whole initiative, from its participants' statuses. IATI
 * knows one status per activity, the tracker one per country, so the rule reads the
 * countries still taking part (every one but those that declined), first match wins:
 * <ol>
 * <li>no participant at all: pipeline (1), nothing is agreed yet;</li>
 * <li>every participant declined: cancelled (5);</li>
 * <li>every one taking part completed: closed (4);</li>
 * <li>any one implementing: implementation (2);</li>
 * <li>every one not yet completed is suspended: suspended (6);</li>
 * <li>some completed, the rest not under way: implementation (2), the activity has
 * started and is not over;</li>
 * <li>otherwise (proposed, agreed or preparing, some perhaps suspended): pipeline
 * (1).</li>
 * </ol>
 */
public final class OverallActivityStatus {

	private OverallActivityStatus() {
	}

	public static IatiActivityStatus of(Collection<ParticipationStatus> statuses) {
		if (statuses.isEmpty()) {
			return IatiActivityStatus.PIPELINE;
		}
		List<ParticipationStatus> takingPart = statuses.stream()
			.filter((status) -> status != ParticipationStatus.DECLINED)
			.toList();
		if (takingPart.isEmpty()) {
			return IatiActivityStatus.CANCELLED;
		}
		List<ParticipationStatus> open = takingPart.stream()
			.filter((status) -> status != ParticipationStatus.COMPLETED)
			.toList();
		if (open.isEmpty()) {
			return IatiActivityStatus.CLOSED;
		}
		if (open.contains(ParticipationStatus.IMPLEMENTING)) {
			return IatiActivityStatus.IMPLEMENTATION;
		}
		if (open.stream().allMatch((status) -> status == ParticipationStatus.SUSPENDED)) {
			return IatiActivityStatus.SUSPENDED;
		}
		if (open.size() < takingPart.size()) {
			return IatiActivityStatus.IMPLEMENTATION;
		}
		return IatiActivityStatus.PIPELINE;
	}

}
