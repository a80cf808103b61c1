package org.cooperation.tracker.query.programme.brand.model;

/** How a member left the working group. */
public enum Departure {

	/** Another person took the seat. */
	REPLACED,

	/** The country recalled the member without a successor. */
	RECALLED

}
