package org.cooperation.tracker.query.initiative.model;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import org.cooperation.tracker.kernel.country.Country;

/** Participations, by initiative or by country. */
public interface ParticipantRowRepository extends JpaRepository<ParticipantRow, ParticipantKey> {

	List<ParticipantRow> findByInitiativeId(UUID initiativeId);

	List<ParticipantRow> findByCountry(Country country);

}
