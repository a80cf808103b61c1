package org.cooperation.tracker.query.programme.culturaltour.model;

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

import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.query.common.EventEntry;
import org.cooperation.tracker.query.common.Recorded;

/**
 * One thing recorded about a film: its registration, a digitisation step, a rights
 * change.
 */
@Entity
@Table(name = "rm_tour_film_history")
@IdClass(FilmHistoryKey.class)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class FilmHistoryRow extends EventEntry {

	@Id
	private UUID filmId;

	@Id
	private long aggregateSequence;

	@Enumerated(EnumType.STRING)
	private FilmHistoryType entryType;

	@Enumerated(EnumType.STRING)
	private DigitisationState fromState;

	@Enumerated(EnumType.STRING)
	private DigitisationState toState;

	@Column(name = "reached_on")
	private LocalDate reachedOn;

	private Boolean rightsCleared;

	private String note;

	private FilmHistoryRow(UUID filmId, FilmHistoryType entryType, Recorded recorded) {
		super(recorded);
		this.filmId = filmId;
		this.aggregateSequence = recorded.sequence();
		this.entryType = entryType;
	}

	static FilmHistoryRow registered(UUID filmId, boolean rightsCleared, Recorded recorded) {
		FilmHistoryRow row = new FilmHistoryRow(filmId, FilmHistoryType.REGISTERED, recorded);
		row.toState = DigitisationState.NOT_ASSESSED;
		row.rightsCleared = rightsCleared;
		return row;
	}

	static FilmHistoryRow digitisation(UUID filmId, DigitisationState from, DigitisationState to, LocalDate on,
			String note, Recorded recorded) {
		FilmHistoryRow row = new FilmHistoryRow(filmId, FilmHistoryType.DIGITISATION, recorded);
		row.fromState = from;
		row.toState = to;
		row.reachedOn = on;
		row.note = note;
		return row;
	}

	static FilmHistoryRow rights(UUID filmId, boolean cleared, String note, Recorded recorded) {
		FilmHistoryRow row = new FilmHistoryRow(filmId, FilmHistoryType.RIGHTS, recorded);
		row.rightsCleared = cleared;
		row.note = note;
		return row;
	}

	FilmHistoryKey key() {
		return new FilmHistoryKey(filmId, aggregateSequence);
	}

}
