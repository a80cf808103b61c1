package org.cooperation.tracker.kernel.programme.archive;

/** The kinds of archival material the protocol names for exchange. */
public enum MaterialType {

	SCIENTIFIC, DOCUMENTARY, LITERARY

}
