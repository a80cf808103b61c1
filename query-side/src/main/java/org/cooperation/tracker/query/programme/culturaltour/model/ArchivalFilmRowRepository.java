package org.cooperation.tracker.query.programme.culturaltour.model;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Archival films, by initiative. */
public interface ArchivalFilmRowRepository extends JpaRepository<ArchivalFilmRow, UUID> {

	List<ArchivalFilmRow> findByInitiativeId(UUID initiativeId);

}
