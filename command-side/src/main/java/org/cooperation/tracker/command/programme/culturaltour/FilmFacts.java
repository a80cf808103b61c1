package org.cooperation.tracker.command.programme.culturaltour;

import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.command.refusal.UnknownReference;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmId;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;

/**
 * What a programme needs to know of an archival film to let a leg screen it.
 *
 * @param filmId the film
 * @param initiativeId the initiative it is recorded on
 * @param holder the country whose archive holds it
 * @param title its title, for messages
 * @param year its year
 * @param state how far its digitisation has got
 * @param rightsCleared whether its screening rights are cleared
 */
public record FilmFacts(ArchivalFilmId filmId, InitiativeId initiativeId, Country holder, String title, int year,
		DigitisationState state, boolean rightsCleared) {

	/**
	 * A film may be screened once a digital master exists (the source makes digitisation
	 * mandatory) and only with its screening rights cleared; and only films recorded on
	 * the screening's own initiative.
	 */
	public FilmFacts requireScreenableUnder(InitiativeId screeningInitiative) {
		if (!initiativeId.equals(screeningInitiative)) {
			throw new UnknownReference("archival film " + filmId + " is recorded on another initiative");
		}
		if (!state.isDigitised()) {
			throw new RuleViolation(describe() + " is " + state
					+ "; a film can be screened only once DIGITISED or PUBLISHED (digitisation is mandatory)");
		}
		if (!rightsCleared) {
			throw new RuleViolation(
					"the screening rights of " + describe() + " are not cleared; it cannot be screened");
		}
		return this;
	}

	/** "Kazakhstan's archival film 'Title' (1957)". */
	public String describe() {
		return holder.nameEn() + "'s archival film '" + title + "' (" + year + ")";
	}

}
