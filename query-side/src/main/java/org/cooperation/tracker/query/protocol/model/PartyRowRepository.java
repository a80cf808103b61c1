package org.cooperation.tracker.query.protocol.model;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Party lists, in the order each protocol gives them. */
public interface PartyRowRepository extends JpaRepository<PartyRow, ProtocolCountryKey> {

	List<PartyRow> findByProtocolIdOrderByListPosition(UUID protocolId);

}
