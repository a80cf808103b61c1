package org.cooperation.tracker.query.programme.archive.web;

import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.programme.archive.ArchiveExchangeQueries;
import org.cooperation.tracker.query.programme.archive.ExchangeMatrix;
import org.cooperation.tracker.query.programme.archive.PairLedger;
import org.cooperation.tracker.query.web.DashboardPage;

/**
 * The archive-exchange pages: the matrix with what waits on each country, and one pair's
 * ledger.
 */
@Controller
@DashboardPage
@RequiredArgsConstructor
class ArchiveExchangePages {

	private final ArchiveExchangeQueries queries;

	@GetMapping("/initiatives/{initiativeId}/archive-exchange")
	String exchange(@PathVariable UUID initiativeId, Model model) {
		ExchangeMatrix matrix = queries.matrix(initiativeId);
		model.addAttribute("matrix", matrix);
		model.addAttribute("waiting", queries.waiting(initiativeId, null));
		model.addAttribute("pageTitle", "Archive exchange: " + matrix.title().preferEnglish());
		return "archive-exchange";
	}

	@GetMapping("/initiatives/{initiativeId}/archive-exchange/pairs/{holder}/{receiver}")
	String pair(@PathVariable UUID initiativeId, @PathVariable String holder, @PathVariable String receiver,
			Model model) {
		PairLedger ledger = queries.pair(initiativeId, Country.fromCode(holder), Country.fromCode(receiver));
		model.addAttribute("ledger", ledger);
		model.addAttribute("pageTitle",
				"Archive copies " + ledger.holder().nameEn() + " → " + ledger.receiver().nameEn());
		return "archive-pair";
	}

}
