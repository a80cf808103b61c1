package org.cooperation.tracker.command.programme.marketplace;

import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListed;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingId;

/**
 * The country a listing was made for, as its first event recorded it. Reading contact
 * details is outside any command, so who may read them is decided here, from the stored
 * listing, never from anything the request says.
 */
@Component
@RequiredArgsConstructor
class ListingCountries {

	private final EventStore events;

	/**
	 * The listing's country, when a listing with this id is recorded on this initiative.
	 */
	Optional<Country> of(CreatorListingId listingId, InitiativeId initiativeId) {
		DomainEventStream stream = events.readEvents(listingId.toString());
		if (stream.hasNext() && stream.next().getPayload() instanceof CreatorListed listed
				&& listed.initiativeId().equals(initiativeId)) {
			return Optional.of(listed.country());
		}
		return Optional.empty();
	}

}
