package org.cooperation.tracker.query.ledger.web;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.ledger.Cosignatures;
import org.cooperation.tracker.query.web.ProblemResponses;

/**
 * Member countries' cosignatures (C2SP tlog-cosignature): an admin registers a country's
 * witness key; an auditor posts a checkpoint with that country's cosignature line, which
 * is kept and served with the checkpoint from then on.
 */
@RestController
@Tag(name = "Verifiable history", description = "Checkpoints and Merkle proofs of the event history (role AUDITOR)")
@RequiredArgsConstructor
class CosignatureApi {

	private final Cosignatures cosignatures;

	/**
	 * @param accepted the countries whose cosignatures were kept
	 */
	record Accepted(List<Country> accepted) {
	}

	@PostMapping(path = "/api/audit/ledger/cosignatures", consumes = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "Posts a checkpoint with a member country's cosignature line")
	@ProblemResponses
	Accepted cosign(@RequestBody String cosignedNote) {
		return new Accepted(cosignatures.accept(cosignedNote));
	}

	@GetMapping("/api/audit/ledger/cosigners")
	@Operation(summary = "Each member country's witness key and the largest tree size it vouched for")
	@ProblemResponses
	List<Cosignatures.Vouched> cosigners() {
		return cosignatures.vouched();
	}

	@PutMapping(path = "/api/admin/ledger/cosigners/{country}", consumes = MediaType.TEXT_PLAIN_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Registers a member country's witness key (role ADMIN)")
	@ProblemResponses
	void register(@Parameter(description = "ISO 3166-1 alpha-2") @PathVariable String country,
			@RequestBody String verifierKey, Principal admin) {
		cosignatures.register(Country.fromCode(country), verifierKey.trim(), admin.getName());
	}

}
