package org.cooperation.tracker.command.initiative;

import java.time.LocalDate;

import org.cooperation.tracker.kernel.initiative.ParticipationStatus;

/**
 * One country's standing on an initiative, as much as the rules need.
 *
 * @param status where it stands
 * @param suspendedFrom the status a suspension left, or null when not suspended
 * @param since the day the current status took effect, or null while only proposed
 */
record Participation(ParticipationStatus status, ParticipationStatus suspendedFrom, LocalDate since) {

	static Participation proposed() {
		return new Participation(ParticipationStatus.PROPOSED, null, null);
	}

	Participation movedTo(ParticipationStatus next, LocalDate effectiveOn) {
		return new Participation(next, (next == ParticipationStatus.SUSPENDED) ? status : null, effectiveOn);
	}

}
