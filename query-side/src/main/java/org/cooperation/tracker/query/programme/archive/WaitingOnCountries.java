package org.cooperation.tracker.query.programme.archive;

import java.util.List;
import java.util.UUID;

/**
 * For each country, the copies whose next step is theirs.
 *
 * @param initiativeId the archive-exchange initiative
 * @param countries each participating country (or the one asked for), in the order of
 * {@link org.cooperation.tracker.kernel.country.Country}
 */
public record WaitingOnCountries(UUID initiativeId, List<WaitingOnCountry> countries) {

}
