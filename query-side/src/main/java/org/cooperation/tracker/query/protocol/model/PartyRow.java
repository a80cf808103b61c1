package org.cooperation.tracker.query.protocol.model;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;

/** A country on a protocol's party list, with the role it held at that meeting. */
@Entity
@Table(name = "rm_protocol_party")
@IdClass(ProtocolCountryKey.class)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PartyRow {

	@Id
	private UUID protocolId;

	@Id
	@Enumerated(EnumType.STRING)
	private Country country;

	@Enumerated(EnumType.STRING)
	private PartyRole role;

	/** Who is to sign for the country, or null when the source does not say. */
	private String designatedSignatory;

	private int listPosition;

	PartyRow(UUID protocolId, Country country, PartyRole role, String designatedSignatory, int listPosition) {
		this.protocolId = protocolId;
		this.country = country;
		this.role = role;
		this.designatedSignatory = designatedSignatory;
		this.listPosition = listPosition;
	}

}
