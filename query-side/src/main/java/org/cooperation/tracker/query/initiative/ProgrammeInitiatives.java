package org.cooperation.tracker.query.initiative;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.query.common.NotFoundException;
import org.cooperation.tracker.query.initiative.model.InitiativeRow;
import org.cooperation.tracker.query.initiative.model.InitiativeRowRepository;

/**
 * The two look-ups every programme kind's queries begin with: the initiative, which must
 * be of the kind asked about (asking a calendar for its marketplace listings is a
 * not-found, not an empty answer), and one record, which must belong to that initiative
 * (an identifier from another initiative is a not-found too, never a leak).
 */
@Component
@RequiredArgsConstructor
public class ProgrammeInitiatives {

	private final InitiativeRowRepository initiatives;

	/** The initiative, whatever its kind. */
	public InitiativeRow find(UUID initiativeId) {
		return initiatives.findById(initiativeId)
			.orElseThrow(() -> new NotFoundException("no initiative with id " + initiativeId));
	}

	/**
	 * The initiative, which must be of the kind.
	 * @param lacks what an initiative of another kind lacks, as the not-found says it
	 */
	public InitiativeRow ofKind(UUID initiativeId, InitiativeKind kind, String lacks) {
		InitiativeRow initiative = find(initiativeId);
		if (initiative.getKind() != kind) {
			throw new NotFoundException(
					"initiative " + initiativeId + " is a " + initiative.getKind() + " initiative; " + lacks);
		}
		return initiative;
	}

	/**
	 * The record found, if it belongs to the initiative.
	 * @param initiativeOf the initiative a record belongs to
	 * @param what the record as the not-found names it: "initiative ... has no {what}"
	 */
	public static <R> R belonging(Optional<R> found, Function<R, UUID> initiativeOf, UUID initiativeId, String what) {
		return found.filter((record) -> initiativeOf.apply(record).equals(initiativeId))
			.orElseThrow(() -> new NotFoundException("initiative " + initiativeId + " has no " + what));
	}

}
