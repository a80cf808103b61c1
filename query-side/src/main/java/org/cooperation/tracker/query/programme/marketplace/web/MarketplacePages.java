package org.cooperation.tracker.query.programme.marketplace.web;

import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.ListingState;
import org.cooperation.tracker.query.programme.marketplace.ListingFilter;
import org.cooperation.tracker.query.programme.marketplace.MarketplaceListings;
import org.cooperation.tracker.query.programme.marketplace.MarketplaceQueries;
import org.cooperation.tracker.query.web.Choice;
import org.cooperation.tracker.query.web.DashboardPage;

/** The marketplace page: listings by country and craft, with counts and a filter. */
@Controller
@DashboardPage
@RequiredArgsConstructor
class MarketplacePages {

	private final MarketplaceQueries queries;

	@GetMapping("/initiatives/{initiativeId}/marketplace")
	String listings(@PathVariable UUID initiativeId, @RequestParam(required = false) String country,
			@RequestParam(required = false) String craft, @RequestParam(required = false) String state, Model model) {
		MarketplaceListings listings = queries.listings(initiativeId, ListingFilter.parse(country, craft, state));
		model.addAttribute("market", listings);
		model.addAttribute("countries", Choice.countries());
		model.addAttribute("crafts", Choice.inWords(Craft.values()));
		model.addAttribute("states", Choice.inWords(ListingState.values()));
		model.addAttribute("pageTitle", "Marketplace: " + listings.title().preferEnglish());
		return "marketplace";
	}

}
