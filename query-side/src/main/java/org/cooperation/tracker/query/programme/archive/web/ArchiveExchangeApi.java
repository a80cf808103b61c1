package org.cooperation.tracker.query.programme.archive.web;

import org.cooperation.tracker.query.web.CsvResponses;
import org.cooperation.tracker.query.web.PageAsked;
import org.cooperation.tracker.query.web.ProblemResponses;
import org.cooperation.tracker.query.web.RecordApi;
import org.cooperation.tracker.query.web.RecordResponses;
import org.cooperation.tracker.query.web.VersionEtag;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.programme.archive.ArchiveExchangeQueries;
import org.cooperation.tracker.query.programme.archive.CopyView;
import org.cooperation.tracker.query.programme.archive.ExchangeMatrix;
import org.cooperation.tracker.query.programme.archive.PairLedger;
import org.cooperation.tracker.query.programme.archive.WaitingOnCountries;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The copies of archival material exchanged under an archive-exchange initiative. */
@RestController
@RequestMapping("/api/initiatives/{initiativeId}/archive-exchange")
@Tag(name = "Archive exchange",
		description = "Copies of archival material per ordered pair of countries, from offer or request to "
				+ "confirmed receipt")
class ArchiveExchangeApi extends RecordApi<ArchiveExchangeQueries> {

	private static final String COUNTRY = "ISO 3166-1 alpha-2 code in any letter case, e.g. kz";

	private final ArchiveExchangeDownloads downloads;

	ArchiveExchangeApi(ArchiveExchangeQueries queries, VersionEtag etags, ArchiveExchangeDownloads downloads) {
		super(queries, etags);
		this.downloads = downloads;
	}

	@GetMapping("/matrix")
	@Operation(summary = "The 6×6 exchange matrix: copies per ordered pair (holder → receiver), counted by state",
			description = "Rows are holders, columns receivers; totals give each country's copies received, "
					+ "delivered (received intact by the other side) and waiting on it.")
	@ProblemResponses
	ExchangeMatrix matrix(@PathVariable UUID initiativeId) {
		return queries.matrix(initiativeId);
	}

	@GetMapping("/pairs/{holder}/{receiver}")
	@Operation(summary = "The ledger of one ordered pair: every copy from holder to receiver with its history")
	@ProblemResponses
	PairLedger pair(@PathVariable UUID initiativeId,
			@Parameter(description = COUNTRY, example = "KZ") @PathVariable String holder,
			@Parameter(description = COUNTRY, example = "UZ") @PathVariable String receiver) {
		return queries.pair(initiativeId, Country.fromCode(holder), Country.fromCode(receiver));
	}

	@GetMapping("/copies")
	@Operation(summary = "Every copy of every pair with its history, in the order the exchanges began")
	@ProblemResponses
	ResponseEntity<List<CopyView>> copies(@PathVariable UUID initiativeId, PageAsked pageAsked,
			HttpServletRequest request) {
		return pageAsked.paging().answer(queries.copies(initiativeId), request);
	}

	@GetMapping("/copies.csv")
	@Operation(summary = "Every copy as CSV, a line per copy as it stands, as the JSON list has them",
			description = "checksum is the SHA-256 of the latest transfer; steps.csv has every step's checksums.")
	@CsvResponses
	void copiesCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.copies(initiativeId, response);
	}

	@GetMapping("/steps.csv")
	@Operation(summary = "Every step of every copy as CSV, a line per step, oldest first within each copy",
			description = "The checksum the holder sent, and on a mismatch the one the receiver computed.")
	@CsvResponses
	void stepsCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.steps(initiativeId, response);
	}

	@GetMapping("/copies/{copyId}")
	@Operation(summary = "One exchanged copy with its history, oldest step first",
			description = "The ETag guards every step of the copy sent to the command side.")
	@RecordResponses
	ResponseEntity<CopyView> copy(@PathVariable UUID initiativeId, @PathVariable UUID copyId) {
		return etags.answer(queries.copy(initiativeId, copyId));
	}

	@GetMapping("/waiting")
	@Operation(summary = "What waits on each country: the copies whose next step is theirs, longest waiting first")
	@ProblemResponses
	WaitingOnCountries waiting(@PathVariable UUID initiativeId, @Parameter(
			description = "only this country (" + COUNTRY + ")") @RequestParam(required = false) String country) {
		return queries.waiting(initiativeId, (country != null) ? Country.fromCode(country) : null);
	}

}
