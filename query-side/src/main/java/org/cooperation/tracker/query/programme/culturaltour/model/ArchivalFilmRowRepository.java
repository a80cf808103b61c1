package org.cooperation.tracker.query.programme.culturaltour.model;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.query.common.ReadModelRepository;

/** Archival films, by initiative. */
public interface ArchivalFilmRowRepository extends ReadModelRepository<ArchivalFilmRow, UUID> {

	List<ArchivalFilmRow> findByInitiativeId(UUID initiativeId);

	List<ArchivalFilmRow> findByInitiativeIdIn(Collection<UUID> initiativeIds);

}
