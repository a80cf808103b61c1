package org.cooperation.tracker.command.programme.culturaltour;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmId;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegKind;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegState;

/**
 * One leg of a programme edition, as much as the rules need.
 *
 * @param kind what it presents
 * @param title what is shown, or null
 * @param origin the country whose programme travels
 * @param host the country that receives it, whose liaison may move the leg
 * @param city the host city
 * @param startsOn its first day
 * @param films the films a screening shows
 * @param state where it stands
 */
record Leg(TourLegKind kind, String title, Country origin, Country host, String city, LocalDate startsOn,
		List<ArchivalFilmId> films, TourLegState state) {

	Leg movedTo(TourLegState next) {
		return new Leg(kind, title, origin, host, city, startsOn, films, next);
	}

	/**
	 * How refusals name the leg: "Kazakhstan's film screening 'Title' in Dushanbe", or
	 * with its first day when it has no title.
	 */
	String describe() {
		String what = origin.nameEn() + "'s " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
		return (title != null) ? what + " '" + title + "' in " + city : what + " in " + city + " from " + startsOn;
	}

}
