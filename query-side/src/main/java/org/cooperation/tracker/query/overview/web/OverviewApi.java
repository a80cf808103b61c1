package org.cooperation.tracker.query.overview.web;

import java.time.Clock;
import java.time.YearMonth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cooperation.tracker.query.overview.Overview;
import org.cooperation.tracker.query.overview.OverviewQueries;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The overview's figures, as the landing page shows them. */
@RestController
@RequestMapping("/api")
@Tag(name = "Overview", description = "Where the protocol stands as a whole")
class OverviewApi {

	private final OverviewQueries queries;

	private final Clock clock = Clock.systemUTC();

	OverviewApi(OverviewQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/overview")
	@Operation(
			summary = "Initiatives by overall status, each country's average progress, this month's records "
					+ "and the latest changes",
			description = "An initiative's overall status is as far as the furthest participant still taking part "
					+ "has gone, and COMPLETED only once every one of them has completed; declined participants "
					+ "no longer take part. A country's average progress is the average of the latest reported "
					+ "percent over the initiatives it takes part in (not declined), one without a report "
					+ "counting as 0. This month is the current calendar month in UTC. Figures marked sample "
					+ "include demo data.")
	Overview overview() {
		return queries.overview(YearMonth.now(clock));
	}

}
