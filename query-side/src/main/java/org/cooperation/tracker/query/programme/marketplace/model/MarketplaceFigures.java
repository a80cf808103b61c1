package org.cooperation.tracker.query.programme.marketplace.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.marketplace.ListingState;
import org.cooperation.tracker.query.matrix.model.ProgrammeFigure;
import org.cooperation.tracker.query.matrix.model.ProgrammeFigures;

/**
 * What an official looks at first on the marketplace: how many of each country's creators
 * the secretariat has verified. Countries that listed nobody are absent.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class MarketplaceFigures implements ProgrammeFigures {

	public static final String VERIFIED = "listings verified";

	private final CreatorListingRowRepository listings;

	@Override
	public InitiativeKind kind() {
		return InitiativeKind.CREATIVE_MARKETPLACE;
	}

	@Override
	public Map<Country, List<ProgrammeFigure>> figuresFor(UUID initiativeId) {
		Map<Country, Long> verified = new EnumMap<>(Country.class);
		for (CreatorListingRow listing : listings.findByInitiativeIdOrderByListedAtAscListingIdAsc(initiativeId)) {
			verified.merge(listing.getCountry(), (listing.getState() == ListingState.VERIFIED) ? 1L : 0L, Long::sum);
		}
		Map<Country, List<ProgrammeFigure>> figures = new EnumMap<>(Country.class);
		verified.forEach((country, count) -> figures.put(country,
				List.of(ProgrammeFigure.counted(count, "listing verified", VERIFIED))));
		return figures;
	}

}
