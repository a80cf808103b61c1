package org.cooperation.tracker.query.overview;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.cooperation.tracker.kernel.initiative.ParticipationStatus;

/**
 * Where an initiative stands as a whole, worded as a participation status: as far as the
 * furthest of its participants still taking part has gone, and completed only once every
 * one of them has completed (until then it is implementing). A participant that declined
 * no longer takes part, and one suspended is waiting: an initiative none of whose
 * participants is still taking part is suspended when any of them is, else declined. An
 * initiative without participants is proposed.
 */
public final class OverallStatus {

	/** The statuses of a participant still taking part, in lifecycle order. */
	private static final Set<ParticipationStatus> TAKING_PART = EnumSet.of(ParticipationStatus.PROPOSED,
			ParticipationStatus.AGREED, ParticipationStatus.PREPARING, ParticipationStatus.IMPLEMENTING,
			ParticipationStatus.COMPLETED);

	private OverallStatus() {
	}

	/** The initiative's overall status from its participants' statuses. */
	public static ParticipationStatus of(Collection<ParticipationStatus> participants) {
		if (participants.isEmpty()) {
			return ParticipationStatus.PROPOSED;
		}
		ParticipationStatus furthest = participants.stream()
			.filter(TAKING_PART::contains)
			.max(Enum::compareTo)
			.orElse(null);
		if (furthest == null) {
			return participants.contains(ParticipationStatus.SUSPENDED) ? ParticipationStatus.SUSPENDED
					: ParticipationStatus.DECLINED;
		}
		boolean everyoneCompleted = participants.stream()
			.filter(TAKING_PART::contains)
			.allMatch((status) -> status == ParticipationStatus.COMPLETED);
		if (furthest == ParticipationStatus.COMPLETED && !everyoneCompleted) {
			return ParticipationStatus.IMPLEMENTING;
		}
		return furthest;
	}

}
