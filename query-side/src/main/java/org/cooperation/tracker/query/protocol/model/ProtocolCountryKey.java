package org.cooperation.tracker.query.protocol.model;

import java.io.Serializable;
import java.util.UUID;

import org.cooperation.tracker.kernel.country.Country;

/** Key of the rows held per (protocol, country): parties and signatures. */
public record ProtocolCountryKey(UUID protocolId, Country country) implements Serializable {

}
