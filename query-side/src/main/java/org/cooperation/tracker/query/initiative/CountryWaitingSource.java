package org.cooperation.tracker.query.initiative;

import java.util.List;

import org.cooperation.tracker.kernel.country.Country;

/**
 * One initiative kind's answer to "what waits on this country": each kind whose records
 * ask something of a country provides a bean of this type, which the country page
 * gathers.
 */
public interface CountryWaitingSource {

	/**
	 * What waits on the country in every initiative of this kind, longest waiting first,
	 * read in a fixed number of statements however many initiatives there are.
	 */
	List<Awaited> waitingOn(Country country);

}
