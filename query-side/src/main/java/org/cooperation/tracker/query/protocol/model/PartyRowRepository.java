package org.cooperation.tracker.query.protocol.model;

import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.query.common.ReadModelRepository;

/** Party lists, in the order each protocol gives them. */
public interface PartyRowRepository extends ReadModelRepository<PartyRow, ProtocolCountryKey> {

	List<PartyRow> findByProtocolIdOrderByListPosition(UUID protocolId);

}
