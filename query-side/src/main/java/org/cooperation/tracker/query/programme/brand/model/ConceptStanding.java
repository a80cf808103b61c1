package org.cooperation.tracker.query.programme.brand.model;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.brand.ConceptDecision;

/**
 * One country's standing on the latest concept draft, and the position it rests on.
 *
 * @param country the country
 * @param state where it stands on the latest draft
 * @param position the position shown: on the latest draft when there is one, else the
 * country's most recent position on an earlier draft; null when it has none
 */
public record ConceptStanding(Country country, ApprovalState state, PositionRow position) {

	/** True when the position shown is on the latest draft and so counts for it. */
	public boolean countsForLatest() {
		return state == ApprovalState.APPROVED || state == ApprovalState.WITHHELD;
	}

	/**
	 * Each country's standing on the latest of these drafts, for the countries that took
	 * any position; empty while there is no draft.
	 */
	public static Map<Country, ConceptStanding> of(List<DraftRow> drafts, List<PositionRow> positions) {
		Map<Country, ConceptStanding> standings = new EnumMap<>(Country.class);
		Optional<Integer> latest = drafts.stream().map(DraftRow::getVersion).max(Comparator.naturalOrder());
		if (latest.isEmpty()) {
			return standings;
		}
		int version = latest.get();
		for (Country country : Country.values()) {
			List<PositionRow> own = positions.stream()
				.filter((position) -> position.getCountry() == country && position.getVersion() <= version)
				.sorted(Comparator.comparingInt(PositionRow::getVersion).reversed())
				.toList();
			if (own.isEmpty()) {
				continue;
			}
			PositionRow newest = own.get(0);
			standings.put(country, new ConceptStanding(country, state(newest, version), newest));
		}
		return standings;
	}

	/** A country with no position at all. */
	public static ConceptStanding none(Country country) {
		return new ConceptStanding(country, ApprovalState.NO_POSITION, null);
	}

	private static ApprovalState state(PositionRow newest, int latestVersion) {
		boolean approved = newest.getDecision() == ConceptDecision.APPROVED;
		if (newest.getVersion() == latestVersion) {
			return approved ? ApprovalState.APPROVED : ApprovalState.WITHHELD;
		}
		return approved ? ApprovalState.APPROVED_EARLIER_DRAFT : ApprovalState.NO_POSITION;
	}

}
