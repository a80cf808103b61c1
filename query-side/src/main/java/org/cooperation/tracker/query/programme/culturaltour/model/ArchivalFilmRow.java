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

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
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

	private LocalDate stateOn;

	private long stateSequence;

	private boolean rightsCleared;

	private long rightsSequence;

	private Instant registeredAt;

	private Instant lastRecordedAt;

	protected ArchivalFilmRow() {
	}

	private ArchivalFilmRow(Recorded first) {
		super(first);
	}

	static ArchivalFilmRow registered(UUID filmId, UUID initiativeId, Country holder, LocalizedText title, int year,
			boolean rightsCleared, Recorded recorded) {
		ArchivalFilmRow row = new ArchivalFilmRow(recorded);
		row.filmId = filmId;
		row.initiativeId = initiativeId;
		row.holder = holder;
		row.title = TextColumns.of(title);
		row.year = year;
		row.state = DigitisationState.NOT_ASSESSED;
		row.stateSequence = recorded.sequence();
		row.rightsCleared = rightsCleared;
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

	public UUID getFilmId() {
		return filmId;
	}

	public UUID getInitiativeId() {
		return initiativeId;
	}

	public Country getHolder() {
		return holder;
	}

	public LocalizedText getTitle() {
		return TextColumns.toText(title);
	}

	public Integer getYear() {
		return year;
	}

	public DigitisationState getState() {
		return state;
	}

	/** The day the current state was reached, or null while NOT_ASSESSED. */
	public LocalDate getStateOn() {
		return stateOn;
	}

	public boolean isRightsCleared() {
		return rightsCleared;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}

	public Instant getLastRecordedAt() {
		return lastRecordedAt;
	}

}
