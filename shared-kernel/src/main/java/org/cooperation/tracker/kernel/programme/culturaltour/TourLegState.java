package org.cooperation.tracker.kernel.programme.culturaltour;

/**
 * Where a leg stands: {@code PLANNED → CONFIRMED → HELD}, or CANCELLED from PLANNED or
 * CONFIRMED. HELD and CANCELLED are final. Which moves are allowed is a rule of the
 * command side.
 */
public enum TourLegState {

	PLANNED, CONFIRMED, HELD, CANCELLED

}
