package org.cooperation.tracker.query.protocol.model;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;

/** A country on a protocol's party list, with the role it held at that meeting. */
@Entity
@Table(name = "rm_protocol_party")
@IdClass(ProtocolCountryKey.class)
public class PartyRow {

	@Id
	private UUID protocolId;

	@Id
	@Enumerated(EnumType.STRING)
	private Country country;

	@Enumerated(EnumType.STRING)
	private PartyRole role;

	private String designatedSignatory;

	private int listPosition;

	protected PartyRow() {
	}

	PartyRow(UUID protocolId, Country country, PartyRole role, String designatedSignatory, int listPosition) {
		this.protocolId = protocolId;
		this.country = country;
		this.role = role;
		this.designatedSignatory = designatedSignatory;
		this.listPosition = listPosition;
	}

	public UUID getProtocolId() {
		return protocolId;
	}

	public Country getCountry() {
		return country;
	}

	public PartyRole getRole() {
		return role;
	}

	/** Who is to sign for the country, or null when the source does not say. */
	public String getDesignatedSignatory() {
		return designatedSignatory;
	}

	public int getListPosition() {
		return listPosition;
	}

}
