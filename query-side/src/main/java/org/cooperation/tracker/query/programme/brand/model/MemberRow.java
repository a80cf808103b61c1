package org.cooperation.tracker.query.programme.brand.model;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.brand.MemberRole;
import org.cooperation.tracker.query.common.Recorded;
import org.cooperation.tracker.query.common.RecordedRow;

/** A member of a working group, present or former. */
@Entity
@Table(name = "rm_working_group_member")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class MemberRow extends RecordedRow {

	@Id
	private UUID memberId;

	private UUID workingGroupId;

	@Enumerated(EnumType.STRING)
	private Country country;

	private String name;

	@Column(name = "member_position")
	private String position;

	@Enumerated(EnumType.STRING)
	private MemberRole role;

	private LocalDate joinedOn;

	/** The member this one replaced, or null. */
	private UUID predecessorId;

	/** How the member left, or null while seated. */
	@Enumerated(EnumType.STRING)
	private Departure departure;

	private LocalDate leftOn;

	/** Who took the seat, or null. */
	private UUID successorId;

	private String departureNote;

	private long joinedSequence;

	MemberRow(UUID memberId, UUID workingGroupId, Country country, String name, String position, MemberRole role,
			LocalDate joinedOn, UUID predecessorId, Recorded recorded) {
		super(recorded);
		this.memberId = memberId;
		this.workingGroupId = workingGroupId;
		this.country = country;
		this.name = name;
		this.position = position;
		this.role = role;
		this.joinedOn = joinedOn;
		this.predecessorId = predecessorId;
		this.joinedSequence = recorded.sequence();
	}

	void left(Departure how, LocalDate on, UUID successor, String note) {
		this.departure = how;
		this.leftOn = on;
		this.successorId = successor;
		this.departureNote = note;
	}

	public boolean isSeated() {
		return departure == null;
	}

}
