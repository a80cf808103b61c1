package org.cooperation.tracker.query.programme.culturaltour;

import java.util.List;
import java.util.UUID;

/**
 * Each country's film digitisation counts on a Cultural Tour initiative.
 *
 * @param initiativeId the initiative
 * @param countries every participant and every other holding country, in the order of the
 * country list
 * @param total all films together
 */
public record DigitisationCounts(UUID initiativeId, List<CountryDigitisation> countries, CountryDigitisation total) {

}
