package org.cooperation.tracker.query.initiative.model;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.country.Country;

import org.cooperation.tracker.query.common.ReadModelRepository;

/** Participations, by initiative or by country. */
public interface ParticipantRowRepository extends ReadModelRepository<ParticipantRow, ParticipantKey> {

	List<ParticipantRow> findByInitiativeId(UUID initiativeId);

	List<ParticipantRow> findByCountry(Country country);

	/** The participations of a page of initiatives, in one statement. */
	List<ParticipantRow> findByInitiativeIdIn(Collection<UUID> initiativeIds);

}
