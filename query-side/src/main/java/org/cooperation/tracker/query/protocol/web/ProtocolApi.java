package org.cooperation.tracker.query.protocol.web;

import org.cooperation.tracker.query.web.PageAsked;
import org.cooperation.tracker.query.web.ProblemResponses;
import org.cooperation.tracker.query.web.RecordApi;
import org.cooperation.tracker.query.web.RecordResponses;
import org.cooperation.tracker.query.web.VersionEtag;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.protocol.DirectionView;
import org.cooperation.tracker.query.protocol.ProtocolQueries;
import org.cooperation.tracker.query.protocol.ProtocolView;
import org.cooperation.tracker.query.protocol.SignatureView;

/** Protocols, their parties, signatures and agreed directions. */
@RestController
@RequestMapping("/api/protocols")
@Tag(name = "Protocols", description = "Protocols with their parties, signatures and directions of cooperation")
class ProtocolApi extends RecordApi<ProtocolQueries> {

	ProtocolApi(ProtocolQueries queries, VersionEtag etags) {
		super(queries, etags);
	}

	@GetMapping
	@Operation(summary = "All protocols, by meeting date")
	ResponseEntity<List<ProtocolView>> protocols(PageAsked pageAsked, HttpServletRequest request) {
		return pageAsked.paging().answer(queries.protocols(), request);
	}

	@GetMapping("/{protocolId}")
	@Operation(summary = "One protocol",
			description = "number is null when it is not known: it is never invented. The ETag guards directions "
					+ "and signatures sent to the command side.")
	@RecordResponses
	ResponseEntity<ProtocolView> protocol(@PathVariable UUID protocolId) {
		return etags.answer(queries.protocol(protocolId));
	}

	@GetMapping("/{protocolId}/directions/{directionId}")
	@Operation(summary = "One agreed direction and the initiatives serving it")
	@ProblemResponses
	DirectionView direction(@PathVariable UUID protocolId, @PathVariable UUID directionId) {
		return queries.direction(protocolId, directionId);
	}

	@GetMapping("/{protocolId}/signatures/{country}")
	@Operation(summary = "The signature a party recorded on the protocol")
	@ProblemResponses
	SignatureView signature(@PathVariable UUID protocolId,
			@Parameter(description = "ISO 3166-1 alpha-2 code in any letter case, e.g. kz",
					example = "KZ") @PathVariable String country) {
		return queries.signature(protocolId, Country.fromCode(country));
	}

}
