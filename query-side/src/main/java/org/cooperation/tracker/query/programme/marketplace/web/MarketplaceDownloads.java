package org.cooperation.tracker.query.programme.marketplace.web;

import java.io.IOException;
import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.query.programme.marketplace.ListingFilter;
import org.cooperation.tracker.query.programme.marketplace.ListingView;
import org.cooperation.tracker.query.programme.marketplace.MarketplaceQueries;
import org.cooperation.tracker.query.web.RecordColumns;

/**
 * Every creator listing of a marketplace as a CSV file, for the API and the page alike.
 * Contact details are personal data the query side never holds: the file says only
 * whether some are on file and when they were last erased, as the JSON does.
 */
@Component
@RequiredArgsConstructor
class MarketplaceDownloads {

	static final RecordColumns<ListingView> LISTINGS = new RecordColumns<ListingView>()
		.column("listing_id", ListingView::listingId)
		.column("country", ListingView::country)
		.column("name", ListingView::name)
		.column("craft", ListingView::craft)
		.column("city", ListingView::city)
		.text("description", ListingView::description)
		.column("links", ListingView::links)
		.column("state", ListingView::state)
		.column("contact_on_file", ListingView::contactOnFile)
		.column("contact_erased_at", ListingView::contactErasedAt)
		.column("listed_at", ListingView::listedAt)
		.column("verified_at", ListingView::verifiedAt)
		.column("delisted_at", ListingView::delistedAt)
		.column("delist_reason", ListingView::delistReason)
		.column("sample", ListingView::sample);

	private static final ListingFilter EVERY_LISTING = new ListingFilter(null, null, null);

	private final MarketplaceQueries queries;

	private final Clock clock = Clock.systemUTC();

	void listings(UUID initiativeId, HttpServletResponse response) throws IOException {
		LISTINGS.write("marketplace-listings", initiativeId, queries.listings(initiativeId, EVERY_LISTING).listings(),
				clock, response);
	}

}
