package org.cooperation.tracker.query.programme.culturaltour;

import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;

/**
 * A Cultural Tour initiative's records at a glance.
 *
 * @param initiativeId the initiative
 * @param initiativeTitle its title
 * @param editions its programme editions, by year
 * @param digitisation each country's film digitisation counts
 */
public record TourOverview(UUID initiativeId, LocalizedText initiativeTitle, List<EditionSummary> editions,
		DigitisationCounts digitisation) {

}
