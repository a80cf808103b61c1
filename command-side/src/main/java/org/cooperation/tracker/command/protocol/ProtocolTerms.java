package org.cooperation.tracker.command.protocol;

import org.cooperation.tracker.kernel.protocol.ProtocolId;

/** Looks up what a recorded protocol agreed, for rules of other aggregates. */
public interface ProtocolTerms {

	/**
	 * @throws org.cooperation.tracker.command.refusal.UnknownReference when no such
	 * protocol is recorded
	 */
	AgreedTerms of(ProtocolId protocolId);

}
