package org.cooperation.tracker.query.programme.brand.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.cooperation.tracker.query.common.Recorded;
import org.cooperation.tracker.query.common.RecordedRow;

/** A meeting of a working group. */
@Entity
@Table(name = "rm_working_group_meeting")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class MeetingRow extends RecordedRow {

	@Id
	private UUID meetingId;

	private UUID workingGroupId;

	private LocalDate heldOn;

	private String place;

	/** Alpha-2 codes, in the order of the country list. */
	@JdbcTypeCode(SqlTypes.JSON)
	@Column(columnDefinition = "jsonb")
	private List<String> attending;

	private String decisions;

	/** The minutes' link, or null. */
	private String minutesUrl;

	/** The minutes' SHA-256, or null. */
	private String minutesSha256;

	MeetingRow(UUID meetingId, UUID workingGroupId, LocalDate heldOn, String place, List<String> attending,
			String decisions, String minutesUrl, String minutesSha256, Recorded recorded) {
		super(recorded);
		this.meetingId = meetingId;
		this.workingGroupId = workingGroupId;
		this.heldOn = heldOn;
		this.place = place;
		this.attending = List.copyOf(attending);
		this.decisions = decisions;
		this.minutesUrl = minutesUrl;
		this.minutesSha256 = minutesSha256;
	}

	public List<String> getAttending() {
		return (attending != null) ? attending : List.of();
	}

}
