package org.cooperation.tracker.query.protocol.model;

import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.query.common.ReadModelRepository;

/** Recorded signatures. */
public interface SignatureRowRepository extends ReadModelRepository<SignatureRow, ProtocolCountryKey> {

	List<SignatureRow> findByProtocolId(UUID protocolId);

}
