package org.cooperation.tracker.query.programme.archive.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.archive.MaterialType;
import org.cooperation.tracker.kernel.programme.archive.TransferMedium;
import org.cooperation.tracker.query.access.SignedIn;
import org.cooperation.tracker.query.programme.archive.ArchiveExchangeQueries;
import org.cooperation.tracker.query.programme.archive.CopyActions;
import org.cooperation.tracker.query.programme.archive.CopyView;
import org.cooperation.tracker.query.programme.archive.ExchangeMatrix;
import org.cooperation.tracker.query.programme.archive.PairLedger;
import org.cooperation.tracker.query.programme.archive.WaitingOnCountries;
import org.cooperation.tracker.query.programme.archive.WaitingOnCountries.WaitingOnCountry;
import org.cooperation.tracker.query.web.DashboardPage;
import org.cooperation.tracker.query.web.Display;

/**
 * The archive-exchange pages: the matrix as a heat map and a table, with what waits on
 * each country, and one pair's ledger; in the reader's language. A signed-in liaison of a
 * participating country also finds the forms of their country's steps: an offer or a
 * request on the matrix page, and on a pair's page the step each copy waits for from them
 * (templates/archive-forms.html).
 */
@Controller
@DashboardPage
@RequiredArgsConstructor
class ArchiveExchangePages {

	private final ArchiveExchangeDownloads downloads;

	private final ArchiveExchangeQueries queries;

	private final Display show;

	private final ObjectMapper json;

	private final Clock clock = Clock.systemUTC();

	@GetMapping("/initiatives/{initiativeId}/archive-exchange")
	String exchange(@PathVariable UUID initiativeId, Model model) throws JsonProcessingException {
		ExchangeMatrix matrix = queries.matrix(initiativeId);
		WaitingOnCountries waiting = queries.waiting(initiativeId, null);
		model.addAttribute("matrix", matrix);
		model.addAttribute("heatMap", json.writeValueAsString(ExchangeHeatMap.option(matrix, show)));
		model.addAttribute("waiting", waiting);
		// The participants are the countries that wait or may be waited on.
		List<Country> participants = waiting.countries().stream().map(WaitingOnCountry::country).toList();
		Country liaisonOf = SignedIn.liaisonCountry();
		if (liaisonOf != null && participants.contains(liaisonOf)) {
			model.addAttribute("partners", participants.stream().filter((c) -> c != liaisonOf).toList());
			model.addAttribute("materialTypes", MaterialType.values());
		}
		model.addAttribute("pageTitle", show.label("archive.title", show.text(matrix.title())));
		return "archive-exchange";
	}

	@GetMapping("/initiatives/{initiativeId}/archive-exchange/pairs/{holder}/{receiver}")
	String pair(@PathVariable UUID initiativeId, @PathVariable String holder, @PathVariable String receiver,
			Model model) {
		Country from = country(holder);
		Country to = country(receiver);
		if (from == to) {
			throw new InvalidValueException(show.label("archive.error.samePair", show.country(from)));
		}
		PairLedger ledger = queries.pair(initiativeId, from, to);
		model.addAttribute("ledger", ledger);
		Country liaisonOf = SignedIn.liaisonCountry();
		Map<UUID, CopyActions> actions = new LinkedHashMap<>();
		for (CopyView copy : ledger.copies()) {
			actions.put(copy.copyId(), CopyActions.of(copy, liaisonOf));
		}
		model.addAttribute("actions", actions);
		model.addAttribute("mediums", TransferMedium.values());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("pageTitle",
				show.label("archive.pair.title", show.country(ledger.holder()), show.country(ledger.receiver())));
		return "archive-pair";
	}

	/** The country of a code in the address, or a refusal in the reader's language. */
	private Country country(String code) {
		try {
			return Country.fromCode(code);
		}
		catch (InvalidValueException ex) {
			throw new InvalidValueException(show.label("archive.error.country", Checks.excerpt(code)));
		}
	}

	@GetMapping("/initiatives/{initiativeId}/archive-exchange/copies.csv")
	void copiesCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.copies(initiativeId, response);
	}

	@GetMapping("/initiatives/{initiativeId}/archive-exchange/steps.csv")
	void stepsCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.steps(initiativeId, response);
	}

}
