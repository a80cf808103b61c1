package org.cooperation.tracker.query.programme.culturaltour.model;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Programme editions, by initiative in year order. */
public interface TourProgrammeRowRepository extends JpaRepository<TourProgrammeRow, TourProgrammeKey> {

	List<TourProgrammeRow> findByInitiativeIdOrderByYearAsc(UUID initiativeId);

}
