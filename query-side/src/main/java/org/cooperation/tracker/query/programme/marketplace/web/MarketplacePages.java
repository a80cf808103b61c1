package org.cooperation.tracker.query.programme.marketplace.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.ListingState;
import org.cooperation.tracker.query.access.SignedIn;
import org.cooperation.tracker.query.common.QueryValues;
import org.cooperation.tracker.query.programme.marketplace.ListingFilter;
import org.cooperation.tracker.query.programme.marketplace.MarketplaceListings;
import org.cooperation.tracker.query.programme.marketplace.MarketplaceQueries;
import org.cooperation.tracker.query.web.DashboardPage;
import org.cooperation.tracker.query.web.Display;

/**
 * The marketplace page: listings by country and craft, as a chart and a table, with a
 * filter; in the reader's language, a bad filter value refused in it too.
 */
@Controller
@DashboardPage
@RequiredArgsConstructor
class MarketplacePages {

	private final MarketplaceDownloads downloads;

	private final MarketplaceQueries queries;

	private final Display show;

	private final ObjectMapper json;

	@GetMapping("/initiatives/{initiativeId}/marketplace")
	String listings(@PathVariable UUID initiativeId, @RequestParam(required = false) String country,
			@RequestParam(required = false) String craft, @RequestParam(required = false) String state, Model model)
			throws JsonProcessingException {
		ListingFilter filter = new ListingFilter(named(Country.class, "country", country),
				named(Craft.class, "craft", craft), named(ListingState.class, "state", state));
		MarketplaceListings listings = queries.listings(initiativeId, filter);
		model.addAttribute("market", listings);
		model.addAttribute("chart", json.writeValueAsString(ListingsChart.option(listings, show)));
		model.addAttribute("countries", show.countryChoices());
		model.addAttribute("crafts", show.choices(Craft.values()));
		model.addAttribute("states", show.choices(ListingState.values()));
		model.addAttribute("pageTitle", show.label("marketplace.title", show.text(listings.title())));
		forms(initiativeId, model);
		return "marketplace";
	}

	/**
	 * The forms of the signed-in user's part (templates/marketplace-forms.html): a
	 * participating country's liaison lists creators and manages the country's listings;
	 * the secretariat verifies or delists the listings awaiting verification.
	 */
	private void forms(UUID initiativeId, Model model) {
		Country liaisonOf = SignedIn.liaisonCountry();
		if (liaisonOf != null && queries.participants(initiativeId).contains(liaisonOf)) {
			model.addAttribute("listsFor", liaisonOf);
			model.addAttribute("craftTypes", Craft.values());
			model.addAttribute("manageable",
					queries.listings(initiativeId, new ListingFilter(liaisonOf, null, null))
						.listings()
						.stream()
						.filter((listing) -> listing.state() != ListingState.DELISTED)
						.toList());
		}
		else if (SignedIn.secretariat()) {
			model.addAttribute("manageable",
					queries.listings(initiativeId, new ListingFilter(null, null, ListingState.LISTED)).listings());
		}
	}

	/**
	 * The constant a filter names in any letter case, null when blank, or a refusal in
	 * the reader's language that lists what the filter takes.
	 */
	private <E extends Enum<E>> E named(Class<E> type, String filter, String value) {
		try {
			return QueryValues.named(type, filter, value);
		}
		catch (InvalidValueException ex) {
			String known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
			throw new InvalidValueException(show.label("marketplace.error." + filter, Checks.excerpt(value), known));
		}
	}

	@GetMapping("/initiatives/{initiativeId}/marketplace/listings.csv")
	void listingsCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.listings(initiativeId, response);
	}

}
