package org.cooperation.tracker.query.programme.culturaltour.model;

import java.time.Instant;
import java.time.LocalDate;
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
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmRegistered;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.query.common.Recorded;
import org.cooperation.tracker.query.common.SequencedRecord;
import org.cooperation.tracker.query.common.TextColumns;

/**
 * One archival film as it stands: digitisation state and rights, each remembering the
 * aggregate sequence of the event that set it, so an event delivered again never
 * overwrites a newer value.
 */
@Entity
@Table(name = "rm_tour_film")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ArchivalFilmRow extends SequencedRecord {

	@Id
	private UUID filmId;

	private UUID initiativeId;

	@Enumerated(EnumType.STRING)
	private Country holder;

	@Embedded
	private TextColumns title;

	private Integer year;

	@Enumerated(EnumType.STRING)
	private DigitisationState state;

	/** The day the current state was reached, or null while NOT_ASSESSED. */
	private LocalDate stateOn;

	@Getter(AccessLevel.NONE)
	private long stateSequence;

	private boolean rightsCleared;

	@Getter(AccessLevel.NONE)
	private long rightsSequence;

	private Instant registeredAt;

	private Instant lastRecordedAt;

	private ArchivalFilmRow(Recorded first) {
		super(first);
	}

	static ArchivalFilmRow registered(ArchivalFilmRegistered event, Recorded recorded) {
		ArchivalFilmRow row = new ArchivalFilmRow(recorded);
		row.filmId = event.filmId().value();
		row.initiativeId = event.initiativeId().value();
		row.holder = event.holder();
		row.title = TextColumns.of(event.title());
		row.year = event.year();
		row.state = DigitisationState.NOT_ASSESSED;
		row.stateSequence = recorded.sequence();
		row.rightsCleared = event.rightsCleared();
		row.rightsSequence = recorded.sequence();
		row.registeredAt = recorded.at();
		row.lastRecordedAt = recorded.at();
		return row;
	}

	void advanced(DigitisationState to, LocalDate on, Recorded recorded) {
		if (recorded.sequence() > stateSequence) {
			state = to;
			stateOn = on;
			stateSequence = recorded.sequence();
		}
		recorded(recorded);
	}

	void rightsChanged(boolean cleared, Recorded recorded) {
		if (recorded.sequence() > rightsSequence) {
			rightsCleared = cleared;
			rightsSequence = recorded.sequence();
		}
		recorded(recorded);
	}

	private void recorded(Recorded recorded) {
		include(recorded);
		Instant recordedAt = recorded.at();
		if (lastRecordedAt == null || (recordedAt != null && recordedAt.isAfter(lastRecordedAt))) {
			lastRecordedAt = recordedAt;
		}
	}

	public LocalizedText getTitle() {
		return TextColumns.toText(title);
	}

}
