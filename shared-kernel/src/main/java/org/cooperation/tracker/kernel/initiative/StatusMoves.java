package org.cooperation.tracker.kernel.initiative;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.AGREED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.COMPLETED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.DECLINED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.IMPLEMENTING;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.PREPARING;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.PROPOSED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.SUSPENDED;

/**
 * Which participation status may follow which: forward one step along
 * {@code PROPOSED → AGREED → PREPARING → IMPLEMENTING → COMPLETED}; suspension from
 * AGREED, PREPARING or IMPLEMENTING, resuming only to the state it left; decline from
 * PROPOSED or AGREED. COMPLETED and DECLINED are final.
 * <p>
 * Part of the published language so that the rule has one home: the command side's
 * initiative enforces it, the liaison's workspace offers only the moves it allows.
 */
public final class StatusMoves {

	private static final Map<ParticipationStatus, Set<ParticipationStatus>> FORWARD = Map.of(PROPOSED,
			EnumSet.of(AGREED, DECLINED), AGREED, EnumSet.of(PREPARING, SUSPENDED, DECLINED), PREPARING,
			EnumSet.of(IMPLEMENTING, SUSPENDED), IMPLEMENTING, EnumSet.of(COMPLETED, SUSPENDED), COMPLETED,
			EnumSet.noneOf(ParticipationStatus.class), DECLINED, EnumSet.noneOf(ParticipationStatus.class));

	private StatusMoves() {
	}

	/**
	 * @param current the status now
	 * @param suspendedFrom the status a suspension left, when {@code current} is
	 * SUSPENDED
	 * @param asked the status asked for
	 */
	public static boolean allowed(ParticipationStatus current, ParticipationStatus suspendedFrom,
			ParticipationStatus asked) {
		if (current == SUSPENDED) {
			return asked == suspendedFrom;
		}
		return FORWARD.get(current).contains(asked);
	}

	/** A hint for the refusal: what the current status may move to. */
	public static Set<ParticipationStatus> next(ParticipationStatus current, ParticipationStatus suspendedFrom) {
		return (current == SUSPENDED) ? EnumSet.of(suspendedFrom) : FORWARD.get(current);
	}

}
