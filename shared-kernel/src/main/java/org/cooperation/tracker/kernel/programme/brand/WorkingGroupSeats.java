package org.cooperation.tracker.kernel.programme.brand;

/**
 * The working group's seats: the rule that the aggregate enforces and the pages count
 * vacant seats by.
 */
public final class WorkingGroupSeats {

	/** Seats one country may hold at a time. */
	public static final int PER_COUNTRY = 3;

	private WorkingGroupSeats() {
	}

}
