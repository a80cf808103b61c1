package org.cooperation.tracker.kernel.programme.calendar;

/** What kind of cultural event a calendar submission is. */
public enum CulturalEventType {

	FESTIVAL, EXHIBITION, CONCERT, THEATRE, FILM, HERITAGE_DAY, OTHER

}
