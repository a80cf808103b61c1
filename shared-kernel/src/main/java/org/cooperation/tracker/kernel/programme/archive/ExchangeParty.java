package org.cooperation.tracker.kernel.programme.archive;

/** The two sides of one copy's exchange. */
public enum ExchangeParty {

	/** The country whose archive holds the original and sends the copy. */
	HOLDER,

	/** The country that receives the copy. */
	RECEIVER

}
