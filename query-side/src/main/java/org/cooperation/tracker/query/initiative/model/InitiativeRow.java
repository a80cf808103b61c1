package org.cooperation.tracker.query.initiative.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.query.common.Recorded;
import org.cooperation.tracker.query.common.SequencedRecord;
import org.cooperation.tracker.query.common.TextColumns;

/** One proposed initiative. */
@Entity
@Table(name = "rm_initiative")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class InitiativeRow extends SequencedRecord {

	@Id
	private UUID initiativeId;

	private UUID protocolId;

	private UUID directionId;

	@Enumerated(EnumType.STRING)
	private InitiativeKind kind;

	@Embedded
	private TextColumns title;

	@Embedded
	private TextColumns description;

	@Enumerated(EnumType.STRING)
	private Country proposedBy;

	private Instant proposedAt;

	InitiativeRow(UUID initiativeId, UUID protocolId, UUID directionId, InitiativeKind kind, LocalizedText title,
			LocalizedText description, Country proposedBy, Recorded recorded) {
		super(recorded);
		this.initiativeId = initiativeId;
		this.protocolId = protocolId;
		this.directionId = directionId;
		this.kind = kind;
		this.title = TextColumns.of(title);
		this.description = TextColumns.of(description);
		this.proposedBy = proposedBy;
		this.proposedAt = recorded.at();
	}

	public LocalizedText getTitle() {
		return TextColumns.toText(title);
	}

	/** The description, or null when none was given. */
	public LocalizedText getDescription() {
		return TextColumns.toText(description);
	}

}
