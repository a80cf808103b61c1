package org.cooperation.tracker.query.protocol.model;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import org.cooperation.tracker.kernel.country.Country;

/** Key of the rows held per (protocol, country): parties and signatures. */
public class ProtocolCountryKey implements Serializable {

	private UUID protocolId;

	private Country country;

	protected ProtocolCountryKey() {
	}

	public ProtocolCountryKey(UUID protocolId, Country country) {
		this.protocolId = protocolId;
		this.country = country;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ProtocolCountryKey key && Objects.equals(protocolId, key.protocolId)
				&& country == key.country;
	}

	@Override
	public int hashCode() {
		return Objects.hash(protocolId, country);
	}

}
