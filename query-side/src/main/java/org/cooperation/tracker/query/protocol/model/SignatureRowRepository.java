package org.cooperation.tracker.query.protocol.model;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Recorded signatures. */
public interface SignatureRowRepository extends JpaRepository<SignatureRow, ProtocolCountryKey> {

	List<SignatureRow> findByProtocolId(UUID protocolId);

}
