package org.cooperation.tracker.query.initiative.web;

import java.time.Clock;

import lombok.RequiredArgsConstructor;
import org.cooperation.tracker.query.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.initiative.CountryInitiatives;
import org.cooperation.tracker.query.initiative.InitiativeQueries;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** One country across the initiatives it takes part in. */
@RestController
@RequestMapping("/api")
@Tag(name = "Countries", description = "One country across all initiatives")
@RequiredArgsConstructor
class CountryApi {

	private final InitiativeQueries queries;

	private final Clock clock = Clock.systemUTC();

	@GetMapping("/countries/{country}/initiatives")
	@Operation(operationId = "countryInitiatives",
			summary = "The country and its standing on each initiative it participates in, now or then",
			description = "With asOf (an instant) or effectiveOn (a day), its standings as they were then on that "
					+ "time axis, as for the status matrix; the answer's moment says which.")
	@ProblemResponses
	CountryInitiatives initiatives(
			@Parameter(description = "ISO 3166-1 alpha-2 code in any letter case, e.g. kz",
					example = "KZ") @PathVariable String country,
			@RequestParam(required = false) String asOf, @RequestParam(required = false) String effectiveOn) {
		return queries.countryInitiatives(Country.fromCode(country), new MomentAsked(asOf, effectiveOn).moment(clock));
	}

}
