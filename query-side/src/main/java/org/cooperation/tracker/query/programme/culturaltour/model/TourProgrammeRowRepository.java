package org.cooperation.tracker.query.programme.culturaltour.model;

import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.query.common.ReadModelRepository;

/** Programme editions, by initiative in year order. */
public interface TourProgrammeRowRepository extends ReadModelRepository<TourProgrammeRow, TourProgrammeKey> {

	List<TourProgrammeRow> findByInitiativeIdOrderByYearAsc(UUID initiativeId);

}
