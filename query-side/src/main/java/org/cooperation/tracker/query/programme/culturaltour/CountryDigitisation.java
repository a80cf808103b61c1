package org.cooperation.tracker.query.programme.culturaltour;

import java.util.Map;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;

/**
 * One country's archival films by digitisation state.
 *
 * @param country the holding country, or null for the total of all countries
 * @param countryName its English name, or "All countries"
 * @param byState how many of its films stand in each state, every state listed
 * @param films how many films it holds
 * @param digitised how many are DIGITISED or PUBLISHED
 * @param rightsCleared how many have their screening rights cleared
 * @param sample true when any counted film is demo data
 */
public record CountryDigitisation(Country country, String countryName, Map<DigitisationState, Long> byState, long films,
		long digitised, long rightsCleared, boolean sample) {

}
