package org.cooperation.tracker.query.programme.culturaltour;

import java.time.Instant;
import java.util.Map;

import org.cooperation.tracker.kernel.programme.culturaltour.TourLegState;

/**
 * One programme edition at a glance.
 *
 * @param year the edition's year
 * @param openedAt when it was opened
 * @param sample true when it was opened by the demo data
 * @param legs how many legs stand in each state, every state listed
 */
public record EditionSummary(int year, Instant openedAt, boolean sample, Map<TourLegState, Long> legs) {

}
