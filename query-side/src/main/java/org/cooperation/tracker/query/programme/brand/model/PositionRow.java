package org.cooperation.tracker.query.programme.brand.model;

import java.time.LocalDate;
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
import org.cooperation.tracker.kernel.programme.brand.ConceptDecision;
import org.cooperation.tracker.query.common.Recorded;
import org.cooperation.tracker.query.common.RecordedRow;

/**
 * A country's latest position on one version of the concept draft. A later decision on
 * the same version replaces it, unless it is older (by aggregate sequence) than the one
 * held.
 */
@Entity
@Table(name = "rm_concept_position")
@IdClass(PositionKey.class)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PositionRow extends RecordedRow {

	@Id
	private UUID workingGroupId;

	@Id
	@Enumerated(EnumType.STRING)
	private Country country;

	@Id
	private int version;

	@Enumerated(EnumType.STRING)
	private ConceptDecision decision;

	private LocalDate decidedOn;

	/** The reason (when withheld) or note, or null. */
	private String note;

	@Getter(AccessLevel.NONE)
	private long aggregateSequence;

	PositionRow(UUID workingGroupId, Country country, int version) {
		this.workingGroupId = workingGroupId;
		this.country = country;
		this.version = version;
		this.aggregateSequence = -1;
	}

	/** Takes the decision unless a later one is held; says whether it took it. */
	boolean decide(ConceptDecision to, LocalDate on, String reason, Recorded recorded) {
		if (recorded.sequence() <= aggregateSequence) {
			return false;
		}
		this.decision = to;
		this.decidedOn = on;
		this.note = reason;
		this.aggregateSequence = recorded.sequence();
		recorded(recorded);
		return true;
	}

	PositionKey key() {
		return new PositionKey(workingGroupId, country, version);
	}

}
