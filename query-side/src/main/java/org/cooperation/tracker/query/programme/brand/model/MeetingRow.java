package org.cooperation.tracker.query.programme.brand.model;

import java.time.LocalDate;
import java.util.Arrays;
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

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.brand.MeetingRecorded;
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

	MeetingRow(MeetingRecorded event, Recorded recorded) {
		super(recorded);
		this.meetingId = event.meetingId().value();
		this.workingGroupId = event.workingGroupId().value();
		this.heldOn = event.heldOn();
		this.place = event.place();
		this.attending = Arrays.stream(Country.values())
			.filter((country) -> event.attending() != null && event.attending().contains(country))
			.map(Country::alpha2)
			.toList();
		this.decisions = event.decisions();
		this.minutesUrl = (event.minutes() != null) ? event.minutes().link().url().toString() : null;
		this.minutesSha256 = (event.minutes() != null) ? event.minutes().sha256().hex() : null;
	}

	public List<String> getAttending() {
		return (attending != null) ? attending : List.of();
	}

}
