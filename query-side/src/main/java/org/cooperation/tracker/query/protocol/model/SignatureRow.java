package org.cooperation.tracker.query.protocol.model;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
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
import org.cooperation.tracker.query.common.Recorded;
import org.cooperation.tracker.query.common.RecordedRow;

/**
 * A recorded signature. Kept apart from the party row because a signature is a fact of
 * its own: a party without one has not (yet) been recorded as signing.
 */
@Entity
@Table(name = "rm_protocol_signature")
@IdClass(ProtocolCountryKey.class)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class SignatureRow extends RecordedRow {

	@Id
	private UUID protocolId;

	@Id
	@Enumerated(EnumType.STRING)
	private Country country;

	private String signatory;

	@Column(name = "signatory_position")
	private String position;

	private LocalDate signedOn;

	SignatureRow(UUID protocolId, Country country, String signatory, String position, LocalDate signedOn,
			Recorded recorded) {
		super(recorded);
		this.protocolId = protocolId;
		this.country = country;
		this.signatory = signatory;
		this.position = position;
		this.signedOn = signedOn;
	}

}
