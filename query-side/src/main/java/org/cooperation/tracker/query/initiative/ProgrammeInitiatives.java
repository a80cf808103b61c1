package org.cooperation.tracker.query.initiative;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.query.common.NotFoundException;
import org.cooperation.tracker.query.initiative.model.InitiativeRow;
import org.cooperation.tracker.query.initiative.model.InitiativeRowRepository;
import org.cooperation.tracker.query.initiative.model.ParticipantRowRepository;

/**
 * The two look-ups every programme kind's queries begin with: the initiative, which must
 * be of the kind asked about (asking a calendar for its marketplace listings is a
 * not-found, not an empty answer), and one record, which must belong to that initiative
 * (an identifier from another initiative is a not-found too, never a leak); and the
 * countries a kind's per-country views list.
 */
@Component
@RequiredArgsConstructor
public class ProgrammeInitiatives {

	private final InitiativeRowRepository initiatives;

	private final ParticipantRowRepository participants;

	/** The initiative, whatever its kind. */
	public InitiativeRow find(UUID initiativeId) {
		return initiatives.findById(initiativeId)
			.orElseThrow(() -> new NotFoundException("no initiative with id " + initiativeId));
	}

	/**
	 * The initiative, which must be of the kind.
	 * @param lacks what an initiative of another kind lacks, as the not-found says it
	 */
	public InitiativeRow ofKind(UUID initiativeId, InitiativeKind kind, String lacks) {
		return ofKind(initiativeId, kind, (initiative) -> "initiative " + initiativeId, lacks);
	}

	/**
	 * The initiative, which must be of the kind.
	 * @param named how the not-found names an initiative of another kind
	 * @param lacks what such an initiative lacks, as the not-found says it
	 */
	public InitiativeRow ofKind(UUID initiativeId, InitiativeKind kind, Function<InitiativeRow, String> named,
			String lacks) {
		InitiativeRow initiative = find(initiativeId);
		if (initiative.getKind() != kind) {
			throw new NotFoundException(
					named.apply(initiative) + " is a " + initiative.getKind() + " initiative; " + lacks);
		}
		return initiative;
	}

	/**
	 * The countries participating in the initiative, in the order of the country list.
	 */
	public Set<Country> participating(UUID initiativeId) {
		Set<Country> countries = EnumSet.noneOf(Country.class);
		participants.findByInitiativeId(initiativeId).forEach((participant) -> countries.add(participant.getCountry()));
		return countries;
	}

	/**
	 * The countries participating in the initiative, and any other that one of the
	 * records names, in the order of the country list: a participant is listed with
	 * nothing recorded yet, and a record of a country that does not participate is not
	 * hidden.
	 * @param named the countries a record names (null ones are passed over)
	 */
	public <R> Set<Country> countries(UUID initiativeId, Collection<R> records, Function<R, Stream<Country>> named) {
		Set<Country> countries = participating(initiativeId);
		records.stream().flatMap(named).filter(Objects::nonNull).forEach(countries::add);
		return countries;
	}

	/**
	 * The record found, if it belongs to the initiative.
	 * @param initiativeOf the initiative a record belongs to
	 * @param what the record as the not-found names it: "initiative ... has no {what}"
	 */
	public static <R> R belonging(Optional<R> found, Function<R, UUID> initiativeOf, UUID initiativeId, String what) {
		return found.filter((record) -> initiativeOf.apply(record).equals(initiativeId))
			.orElseThrow(() -> new NotFoundException("initiative " + initiativeId + " has no " + what));
	}

}
