package org.cooperation.tracker.query.programme.brand;

import java.time.LocalDate;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.brand.ConceptDecision;
import org.cooperation.tracker.query.programme.brand.model.ApprovalState;

/**
 * Where one participating country stands on the latest concept draft.
 *
 * @param country the country
 * @param state APPROVED or WITHHELD (a position on the latest draft),
 * APPROVED_EARLIER_DRAFT (it approved a superseded draft only, which does not count), or
 * NO_POSITION
 * @param countsForLatest true when the position shown is on the latest draft
 * @param version the draft the position shown is on, or null when there is none
 * @param decision that position, or null
 * @param decidedOn the day of that decision, or null
 * @param note its reason or note, or null
 * @param sample true when that position is demo data
 */
public record ApprovalView(Country country, ApprovalState state, boolean countsForLatest, Integer version,
		ConceptDecision decision, LocalDate decidedOn, String note, boolean sample) {

}
