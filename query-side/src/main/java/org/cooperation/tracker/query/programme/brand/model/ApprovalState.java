package org.cooperation.tracker.query.programme.brand.model;

/** Where a country stands on the latest concept draft. */
public enum ApprovalState {

	/** It approved the latest draft. */
	APPROVED,

	/** It withheld its approval of the latest draft. */
	WITHHELD,

	/**
	 * It approved an earlier draft only: that approval is superseded and does not count
	 * for the latest draft.
	 */
	APPROVED_EARLIER_DRAFT,

	/** It has taken no position on the latest draft (nor approved an earlier one). */
	NO_POSITION

}
