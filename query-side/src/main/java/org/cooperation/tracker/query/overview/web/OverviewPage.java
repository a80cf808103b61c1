package org.cooperation.tracker.query.overview.web;

import java.time.Clock;
import java.time.YearMonth;

import org.cooperation.tracker.query.overview.Overview;
import org.cooperation.tracker.query.overview.OverviewQueries;
import org.cooperation.tracker.query.web.DashboardPage;
import org.cooperation.tracker.query.web.Display;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The officials' landing page: where the protocol stands as a whole, the six countries on
 * a map coloured by their average progress, the latest changes, and links into the
 * matrix, the countries and the initiatives.
 */
@Controller
@DashboardPage
class OverviewPage {

	private final OverviewQueries queries;

	private final OverviewMap map;

	private final Display show;

	private final Clock clock = Clock.systemUTC();

	OverviewPage(OverviewQueries queries, OverviewMap map, Display show) {
		this.queries = queries;
		this.map = map;
		this.show = show;
	}

	@GetMapping("/")
	String overview(Model model) {
		Overview overview = queries.overview(YearMonth.now(clock));
		model.addAttribute("overview", overview);
		model.addAttribute("monthStart", overview.month().atDay(1));
		model.addAttribute("mapOption", map.option(overview.countries()));
		model.addAttribute("pageTitle", show.label("overview.title"));
		return "overview";
	}

}
