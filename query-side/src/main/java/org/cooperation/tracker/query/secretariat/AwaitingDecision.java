package org.cooperation.tracker.query.secretariat;

import java.time.Instant;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;

/**
 * One record that waits on the secretariat: a calendar submission to include or return,
 * or a creator listing to verify.
 *
 * @param initiativeId its initiative
 * @param initiative the initiative's title
 * @param subject what it is (the event's title, the creator's name)
 * @param country the country it came from
 * @param since since when it waits
 * @param page the page, under the initiative's, that holds its form
 */
public record AwaitingDecision(UUID initiativeId, LocalizedText initiative, LocalizedText subject, Country country,
		Instant since, String page) {

}
