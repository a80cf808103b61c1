package org.cooperation.tracker.query.initiative.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
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
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.query.common.Recorded;

/**
 * Where one country stands on one initiative. Each change remembers the aggregate
 * sequence number of the event that made it, so an event delivered again (or late) never
 * overwrites a newer state.
 */
@Entity
@Table(name = "rm_initiative_participant")
@IdClass(ParticipantKey.class)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ParticipantRow {

	private static final Comparator<LocalDate> BY_DAY = Comparator.nullsFirst(Comparator.naturalOrder());

	@Id
	private UUID initiativeId;

	@Id
	@Enumerated(EnumType.STRING)
	private Country country;

	@Enumerated(EnumType.STRING)
	private ParticipationStatus status;

	/** The day the current status took effect, or null when no event has said. */
	private LocalDate statusEffectiveOn;

	@Getter(AccessLevel.NONE)
	private long statusSequence;

	@Getter(AccessLevel.NONE)
	private boolean statusSample;

	/** The latest reported percent, or null before the first report. */
	private Integer percent;

	private LocalDate percentAsOf;

	@Getter(AccessLevel.NONE)
	private Long percentSequence;

	@Getter(AccessLevel.NONE)
	private boolean percentSample;

	private Instant lastRecordedAt;

	/**
	 * A participant as the proposal left it. The proposal carries no business date, so
	 * the day the status took effect stays unknown rather than guessed.
	 */
	static ParticipantRow proposed(UUID initiativeId, Country country, Recorded recorded) {
		ParticipantRow row = new ParticipantRow();
		row.initiativeId = initiativeId;
		row.country = country;
		row.status = ParticipationStatus.PROPOSED;
		row.statusSequence = recorded.sequence();
		row.statusSample = recorded.sample();
		row.lastRecordedAt = recorded.at();
		return row;
	}

	/** Takes the new status unless this or a later change was applied already. */
	void changeStatus(ParticipationStatus to, LocalDate effectiveOn, Recorded recorded) {
		if (recorded.sequence() <= statusSequence) {
			return;
		}
		status = to;
		statusEffectiveOn = effectiveOn;
		statusSequence = recorded.sequence();
		statusSample = recorded.sample();
		recorded(recorded.at());
	}

	/**
	 * Takes the reported figure when it describes a later day than the current one, or
	 * the same day but was filed later (a correction). A back-dated report stays in the
	 * history without replacing a newer figure.
	 */
	void report(int reportedPercent, LocalDate asOf, Recorded recorded) {
		if (supersedesCurrentFigure(asOf, recorded.sequence())) {
			percent = reportedPercent;
			percentAsOf = asOf;
			percentSequence = recorded.sequence();
			percentSample = recorded.sample();
		}
		recorded(recorded.at());
	}

	private boolean supersedesCurrentFigure(LocalDate asOf, long sequence) {
		if (percentSequence == null) {
			return true;
		}
		if (sequence == percentSequence) {
			return false;
		}
		int byDay = BY_DAY.compare(asOf, percentAsOf);
		return byDay > 0 || (byDay == 0 && sequence > percentSequence);
	}

	private void recorded(Instant recordedAt) {
		if (lastRecordedAt == null || (recordedAt != null && recordedAt.isAfter(lastRecordedAt))) {
			lastRecordedAt = recordedAt;
		}
	}

	/** True when the status or the percent shown comes from demo data. */
	public boolean isSample() {
		return statusSample || (percent != null && percentSample);
	}

}
