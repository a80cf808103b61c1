package org.cooperation.tracker.query.history.model;

/** What a history entry records. */
public enum HistoryEntryType {

	/** The initiative was proposed: the country's participation started at PROPOSED. */
	PROPOSED,

	/** The country's status moved. */
	STATUS_CHANGED,

	/** The country filed a progress report. */
	PROGRESS_REPORTED

}
