package org.cooperation.tracker.query.ledger.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.common.NotFoundException;
import org.cooperation.tracker.query.ledger.Checkpoint;
import org.cooperation.tracker.query.ledger.Cosignatures;
import org.cooperation.tracker.query.ledger.LedgerQueries;
import org.cooperation.tracker.query.web.DashboardPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The verifiable history as the dashboard shows it: the latest signed checkpoint (how
 * many events the tree holds and its root), and for each member country the largest tree
 * it has vouched for with its cosignature, and how far the history has grown since. An
 * official sees at a glance which governments have checked the history lately; an auditor
 * takes the key and checkpoint from here to the verifier (README).
 */
@Controller
@DashboardPage
@RequiredArgsConstructor
class LedgerPage {

	private final LedgerQueries ledger;

	private final Cosignatures cosignatures;

	@GetMapping("/ledger")
	String ledger(Model model) {
		Checkpoint checkpoint = latest();
		Map<Country, Cosignatures.Vouched> registered = new EnumMap<>(Country.class);
		cosignatures.vouched().forEach((vouched) -> registered.put(vouched.country(), vouched));
		List<Witness> witnesses = Arrays.stream(Country.values())
			.map((country) -> Witness.of(country, registered.get(country), checkpoint))
			.toList();
		model.addAttribute("checkpoint", checkpoint);
		model.addAttribute("root",
				(checkpoint != null) ? Base64.getEncoder().encodeToString(checkpoint.rootHash()) : null);
		model.addAttribute("witnesses", witnesses);
		return "ledger";
	}

	/** The latest checkpoint, or null while nothing has been sealed. */
	private Checkpoint latest() {
		try {
			String note = ledger.latestCheckpoint();
			// The note's text ends at its first blank line; the signatures follow it.
			return Checkpoint.parse(note.substring(0, note.indexOf("\n\n") + 1));
		}
		catch (NotFoundException nothingSealedYet) {
			return null;
		}
	}

	/**
	 * One member country as a witness of the history.
	 *
	 * @param country the country
	 * @param registered true when its witness key is registered
	 * @param vouchedSize the largest tree size it cosigned, or null for none
	 * @param cosignedAt when it cosigned that, or null
	 * @param behind how many events the history holds beyond what it vouched for, or null
	 */
	record Witness(Country country, boolean registered, Long vouchedSize, Instant cosignedAt, Long behind) {

		static Witness of(Country country, Cosignatures.Vouched vouched, Checkpoint latest) {
			if (vouched == null) {
				return new Witness(country, false, null, null, null);
			}
			Long behind = (vouched.treeSize() != null && latest != null) ? latest.size() - vouched.treeSize() : null;
			return new Witness(country, true, vouched.treeSize(), vouched.cosignedAt(), behind);
		}

	}

}
