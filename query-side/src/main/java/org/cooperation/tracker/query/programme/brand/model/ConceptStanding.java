package org.cooperation.tracker.query.programme.brand.model;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
		// Versions start at 1, so no position rests on version 0 while there is no draft.
		int version = drafts.stream().mapToInt(DraftRow::getVersion).max().orElse(0);
		Map<Country, ConceptStanding> standings = new EnumMap<>(Country.class);
		positions.stream()
			.filter((position) -> position.getVersion() <= version)
			.collect(Collectors.groupingBy(PositionRow::getCountry,
					Collectors.maxBy(Comparator.comparingInt(PositionRow::getVersion))))
			.forEach((country, newest) -> standings.put(country,
					new ConceptStanding(country, state(newest.get(), version), newest.get())));
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
