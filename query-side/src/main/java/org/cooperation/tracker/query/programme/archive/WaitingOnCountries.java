package org.cooperation.tracker.query.programme.archive;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyStep;
import org.cooperation.tracker.kernel.programme.archive.ExchangeParty;
import org.cooperation.tracker.kernel.programme.archive.MaterialType;

/**
 * For each country, the copies whose next step is theirs.
 *
 * @param initiativeId the archive-exchange initiative
 * @param countries each participating country (or the one asked for), in the order of
 * {@link org.cooperation.tracker.kernel.country.Country}
 */
public record WaitingOnCountries(UUID initiativeId, List<WaitingOnCountry> countries) {

	/**
	 * What one country has to do next in an archive exchange.
	 *
	 * @param country the country
	 * @param items the copies waiting on it, longest waiting first
	 */
	public record WaitingOnCountry(Country country, List<WaitingItem> items) {
	}

	/**
	 * A copy whose next step is one country's.
	 *
	 * @param copyId the copy
	 * @param holder the holding country
	 * @param receiver the receiving country
	 * @param as whether the waiting country acts as holder or receiver
	 * @param nextStep what it has to do
	 * @param state where the copy stands
	 * @param materialType scientific, documentary or literary
	 * @param title the material's title
	 * @param reference its shelf mark
	 * @param since when the copy entered its state: how long it has waited
	 * @param sample true for demo data
	 */
	public record WaitingItem(UUID copyId, Country holder, Country receiver, ExchangeParty as, ArchiveCopyStep nextStep,
			ArchiveCopyState state, MaterialType materialType, LocalizedText title, String reference, Instant since,
			boolean sample) {
	}

}
