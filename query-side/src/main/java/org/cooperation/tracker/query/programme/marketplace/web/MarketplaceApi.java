package org.cooperation.tracker.query.programme.marketplace.web;

import org.cooperation.tracker.query.web.CsvResponses;
import org.cooperation.tracker.query.web.PageAsked;
import org.cooperation.tracker.query.web.Paging;
import org.cooperation.tracker.query.web.ProblemResponses;
import org.cooperation.tracker.query.web.RecordApi;
import org.cooperation.tracker.query.web.RecordResponses;
import org.cooperation.tracker.query.web.VersionEtag;
import java.io.IOException;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.query.programme.marketplace.ListingFilter;
import org.cooperation.tracker.query.programme.marketplace.ListingView;
import org.cooperation.tracker.query.programme.marketplace.MarketplaceListings;
import org.cooperation.tracker.query.programme.marketplace.MarketplaceQueries;

/**
 * The creators listed on a marketplace initiative. Contact details are personal data and
 * are not served here; see the command side's contact endpoint.
 */
@RestController
@RequestMapping("/api/initiatives/{initiativeId}/marketplace")
@Tag(name = "Creative-industries marketplace",
		description = "Creator listings by country and craft; no contact details (personal data) on this side")
class MarketplaceApi extends RecordApi<MarketplaceQueries> {

	private final MarketplaceDownloads downloads;

	MarketplaceApi(MarketplaceQueries queries, VersionEtag etags, MarketplaceDownloads downloads) {
		super(queries, etags);
		this.downloads = downloads;
	}

	@GetMapping("/listings")
	@Operation(summary = "Listings by country and craft, with counts by country, craft and state",
			description = "Each filter is optional; the counts are over the listings that match.")
	@ProblemResponses
	ResponseEntity<MarketplaceListings> listings(@PathVariable UUID initiativeId,
			@Parameter(description = "ISO 3166-1 alpha-2 code in any letter case, e.g. tj") @RequestParam(
					required = false) String country,
			@Parameter(description = "a craft, e.g. JEWELLER (any letter case)") @RequestParam(
					required = false) String craft,
			@Parameter(description = "LISTED, VERIFIED or DELISTED (any letter case)") @RequestParam(
					required = false) String state,
			PageAsked pageAsked, HttpServletRequest request) {
		// asked first, as before: a wrong page is refused before the filter is read
		Paging paging = pageAsked.paging();
		MarketplaceListings all = queries.listings(initiativeId, ListingFilter.parse(country, craft, state));
		return paging.answer(all.listings(),
				(listings) -> new MarketplaceListings(all.initiativeId(), all.title(), all.country(), all.craft(),
						all.state(), all.total(), all.byCountry(), all.byCraft(), all.byState(),
						all.byCountryAndCraft(), listings),
				request);
	}

	@GetMapping("/listings.csv")
	@Operation(summary = "Every listing as CSV, a line per listing, as the unfiltered JSON list has them",
			description = "No contact details: contact_on_file and contact_erased_at only say whether some are kept "
					+ "on the command side and when they were last erased.")
	@CsvResponses
	void listingsCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.listings(initiativeId, response);
	}

	@GetMapping("/listings/{listingId}")
	@Operation(summary = "One creator's listing with its history, oldest step first",
			description = "The ETag guards verification, delisting and the contact details sent to the command side.")
	@RecordResponses
	ResponseEntity<ListingView> listing(@PathVariable UUID initiativeId, @PathVariable UUID listingId) {
		return etags.answer(queries.listing(initiativeId, listingId));
	}

}
