package org.cooperation.tracker.query.programme.archive;

import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;

/**
 * Everything exchanged from one holder to one receiver.
 *
 * @param initiativeId the archive-exchange initiative
 * @param title its title
 * @param holder the country whose archive holds the originals
 * @param receiver the country receiving the copies
 * @param counts the pair's copies by state
 * @param copies every copy with its history, in the order they were started
 */
public record PairLedger(UUID initiativeId, LocalizedText title, Country holder, Country receiver, PairCounts counts,
		List<CopyView> copies) {

}
