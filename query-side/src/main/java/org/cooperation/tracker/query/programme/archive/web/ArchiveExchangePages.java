package org.cooperation.tracker.query.programme.archive.web;

import java.io.IOException;
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
import org.cooperation.tracker.query.programme.archive.ArchiveExchangeQueries;
import org.cooperation.tracker.query.programme.archive.ExchangeMatrix;
import org.cooperation.tracker.query.programme.archive.PairLedger;
import org.cooperation.tracker.query.web.DashboardPage;
import org.cooperation.tracker.query.web.Display;

/**
 * The archive-exchange pages: the matrix as a heat map and a table, with what waits on
 * each country, and one pair's ledger; in the reader's language.
 */
@Controller
@DashboardPage
@RequiredArgsConstructor
class ArchiveExchangePages {

	private final ArchiveExchangeDownloads downloads;

	private final ArchiveExchangeQueries queries;

	private final Display show;

	private final ObjectMapper json;

	@GetMapping("/initiatives/{initiativeId}/archive-exchange")
	String exchange(@PathVariable UUID initiativeId, Model model) throws JsonProcessingException {
		ExchangeMatrix matrix = queries.matrix(initiativeId);
		model.addAttribute("matrix", matrix);
		model.addAttribute("heatMap", json.writeValueAsString(ExchangeHeatMap.option(matrix, show)));
		model.addAttribute("waiting", queries.waiting(initiativeId, null));
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
