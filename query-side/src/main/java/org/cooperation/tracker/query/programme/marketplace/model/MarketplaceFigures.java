package org.cooperation.tracker.query.programme.marketplace.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.marketplace.ListingState;
import org.cooperation.tracker.query.matrix.model.FigureCounts;
import org.cooperation.tracker.query.matrix.model.FigureCountsByInitiative;
import org.cooperation.tracker.query.matrix.model.FigureCounts.Measure;
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

	private static final Measure LISTINGS_VERIFIED = Measure.of("marketplace.verified", "listing verified", VERIFIED);

	private final CreatorListingRowRepository listings;

	@Override
	public InitiativeKind kind() {
		return InitiativeKind.CREATIVE_MARKETPLACE;
	}

	@Override
	public Map<UUID, Map<Country, List<ProgrammeFigure>>> figuresFor(Collection<UUID> initiativeIds) {
		FigureCountsByInitiative counts = new FigureCountsByInitiative(LISTINGS_VERIFIED);
		for (CreatorListingRow listing : listings.findByInitiativeIdIn(initiativeIds)) {
			counts.of(listing.getInitiativeId())
				.count(listing.getCountry(), LISTINGS_VERIFIED, listing.getState() == ListingState.VERIFIED);
		}
		return counts.figures();
	}

}
