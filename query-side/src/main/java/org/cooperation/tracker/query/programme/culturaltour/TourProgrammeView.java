package org.cooperation.tracker.query.programme.culturaltour;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegState;

/**
 * A programme edition with its legs grouped by host country.
 *
 * @param initiativeId the Cultural Tour initiative
 * @param initiativeTitle its title
 * @param year the edition's year
 * @param openedAt when it was opened
 * @param sample true when it was opened by the demo data
 * @param legCounts how many legs stand in each state, every state listed
 * @param hosts each hosting country with its legs, in the order of the country list
 */
public record TourProgrammeView(UUID initiativeId, LocalizedText initiativeTitle, int year, Instant openedAt,
		boolean sample, Map<TourLegState, Long> legCounts, List<HostLegs> hosts) {

	/**
	 * The legs one country hosts in an edition.
	 *
	 * @param host the hosting country
	 * @param hostName its English name
	 * @param legs its legs, by first day
	 */
	public record HostLegs(Country host, String hostName, List<TourLegView> legs) {
	}

}
