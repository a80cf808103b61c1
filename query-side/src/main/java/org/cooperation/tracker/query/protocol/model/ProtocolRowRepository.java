package org.cooperation.tracker.query.protocol.model;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Protocols, newest meeting last. */
public interface ProtocolRowRepository extends JpaRepository<ProtocolRow, UUID> {

	List<ProtocolRow> findAllByOrderByMeetingDateAscRecordedAtAsc();

}
