package org.cooperation.tracker.kernel.country;

/** The role a country held at one meeting, as written in that protocol's party list. */
public enum PartyRole {

	MEMBER, HONORARY_GUEST, OBSERVER

}
