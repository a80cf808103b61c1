package org.cooperation.tracker.query.protocol.model;

import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.query.common.ReadModelRepository;

/** Protocols, newest meeting last. */
public interface ProtocolRowRepository extends ReadModelRepository<ProtocolRow, UUID> {

	List<ProtocolRow> findAllByOrderByMeetingDateAscRecordedAtAsc();

}
