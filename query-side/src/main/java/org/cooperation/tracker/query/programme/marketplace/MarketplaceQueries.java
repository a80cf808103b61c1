package org.cooperation.tracker.query.programme.marketplace;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.ListingState;
import org.cooperation.tracker.query.common.RecordedBy;
import org.cooperation.tracker.query.common.StepHistories;
import org.cooperation.tracker.query.common.StateCounts;
import org.cooperation.tracker.query.initiative.model.InitiativeRow;
import org.cooperation.tracker.query.initiative.ProgrammeInitiatives;
import org.cooperation.tracker.query.programme.marketplace.model.CreatorListingRow;
import org.cooperation.tracker.query.programme.marketplace.model.CreatorListingRowRepository;
import org.cooperation.tracker.query.programme.marketplace.model.ListingStepRow;
import org.cooperation.tracker.query.programme.marketplace.model.ListingStepRowRepository;
import org.cooperation.tracker.query.common.Versioned;
import org.cooperation.tracker.query.programme.marketplace.ListingView.ListingStepView;

/** Reads a marketplace initiative's listings, by country and craft, with counts. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class MarketplaceQueries {

	private final ProgrammeInitiatives initiatives;

	private final CreatorListingRowRepository listings;

	private final ListingStepRowRepository steps;

	/**
	 * The listings that match the filter, by country and then in the order listed.
	 */
	public MarketplaceListings listings(UUID initiativeId, ListingFilter filter) {
		InitiativeRow initiative = marketplace(initiativeId);
		List<CreatorListingRow> rows = listings.findByInitiativeIdOrderByListedAtAscListingIdAsc(initiativeId)
			.stream()
			.filter(filter::matches)
			.sorted(Comparator.comparing(CreatorListingRow::getCountry))
			.toList();
		Map<Country, Map<Craft, Long>> byCountryAndCraft = rows.stream()
			.collect(Collectors.groupingBy(CreatorListingRow::getCountry, () -> new EnumMap<>(Country.class), Collectors
				.groupingBy(CreatorListingRow::getCraft, () -> new EnumMap<>(Craft.class), Collectors.counting())));
		return new MarketplaceListings(initiativeId, initiative.getTitle(), filter.country(), filter.craft(),
				filter.state(), rows.size(), StateCounts.present(Country.class, rows, CreatorListingRow::getCountry),
				StateCounts.present(Craft.class, rows, CreatorListingRow::getCraft),
				StateCounts.present(ListingState.class, rows, CreatorListingRow::getState), byCountryAndCraft,
				views(rows));
	}

	/**
	 * The listing, with its version, read from one snapshot so that the version names
	 * exactly the state shown.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Versioned<ListingView> listing(UUID initiativeId, UUID listingId) {
		marketplace(initiativeId);
		CreatorListingRow row = ProgrammeInitiatives.belonging(listings.findById(listingId),
				CreatorListingRow::getInitiativeId, initiativeId, "creator listing with id " + listingId);
		return new Versioned<>(listingId.toString(), row.getAggregateVersion(), views(List.of(row)).get(0));
	}

	/** The countries taking part in the marketplace, whose liaisons list creators. */
	public Set<Country> participants(UUID initiativeId) {
		marketplace(initiativeId);
		return initiatives.participating(initiativeId);
	}

	private List<ListingView> views(List<CreatorListingRow> rows) {
		return StepHistories.withSteps(rows, CreatorListingRow::getListingId,
				steps::findByListingIdInOrderByAggregateSequenceAsc, ListingStepRow::getListingId,
				MarketplaceQueries::step,
				(row, history) -> new ListingView(row.getListingId(), row.getInitiativeId(), row.getCountry(),
						row.getName(), row.getCraft(), row.getCity(), row.getDescription(), row.getLinks(),
						row.getState(), row.isContactOnFile(), row.getContactErasedAt(), row.getListedAt(),
						row.getVerifiedAt(), row.getDelistedAt(), row.getDelistReason(), row.isSample(), history,
						row.getAggregateVersion()));
	}

	private static ListingStepView step(ListingStepRow row) {
		RecordedBy by = row.getRecordedBy();
		return new ListingStepView(row.getStep(), row.getReason(), by.getRecordedAt(), by.getActor(), by.getActorRole(),
				by.getActorCountry(), by.getCorrelationId(), by.isSample());
	}

	private InitiativeRow marketplace(UUID initiativeId) {
		return initiatives.ofKind(initiativeId, InitiativeKind.CREATIVE_MARKETPLACE,
				"it keeps no marketplace listings");
	}

}
