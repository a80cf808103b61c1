package org.cooperation.tracker.query.programme.brand.model;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.brand.MemberRole;
import org.cooperation.tracker.query.common.Recorded;
import org.cooperation.tracker.query.common.RecordedRow;

/** A member of a working group, present or former. */
@Entity
@Table(name = "rm_working_group_member")
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

	private UUID predecessorId;

	@Enumerated(EnumType.STRING)
	private Departure departure;

	private LocalDate leftOn;

	private UUID successorId;

	private String departureNote;

	private long joinedSequence;

	protected MemberRow() {
	}

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

	public UUID getMemberId() {
		return memberId;
	}

	public UUID getWorkingGroupId() {
		return workingGroupId;
	}

	public Country getCountry() {
		return country;
	}

	public String getName() {
		return name;
	}

	public String getPosition() {
		return position;
	}

	public MemberRole getRole() {
		return role;
	}

	public LocalDate getJoinedOn() {
		return joinedOn;
	}

	/** The member this one replaced, or null. */
	public UUID getPredecessorId() {
		return predecessorId;
	}

	/** How the member left, or null while seated. */
	public Departure getDeparture() {
		return departure;
	}

	public LocalDate getLeftOn() {
		return leftOn;
	}

	/** Who took the seat, or null. */
	public UUID getSuccessorId() {
		return successorId;
	}

	public String getDepartureNote() {
		return departureNote;
	}

	public boolean isSeated() {
		return departure == null;
	}

	public long getJoinedSequence() {
		return joinedSequence;
	}

}
