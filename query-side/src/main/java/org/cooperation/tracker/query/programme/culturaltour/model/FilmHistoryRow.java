package org.cooperation.tracker.query.programme.culturaltour.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.query.common.Provenance;
import org.cooperation.tracker.query.common.RecordedBy;

/**
 * One thing recorded about a film: its registration, a digitisation step, a rights
 * change.
 */
@Entity
@Table(name = "rm_tour_film_history")
@IdClass(FilmHistoryKey.class)
public class FilmHistoryRow {

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

	@Embedded
	private RecordedBy recordedBy;

	protected FilmHistoryRow() {
	}

	private FilmHistoryRow(UUID filmId, long aggregateSequence, FilmHistoryType entryType, Instant recordedAt,
			Provenance provenance) {
		this.filmId = filmId;
		this.aggregateSequence = aggregateSequence;
		this.entryType = entryType;
		this.recordedBy = RecordedBy.of(recordedAt, provenance);
	}

	static FilmHistoryRow registered(UUID filmId, long sequence, boolean rightsCleared, Instant recordedAt,
			Provenance provenance) {
		FilmHistoryRow row = new FilmHistoryRow(filmId, sequence, FilmHistoryType.REGISTERED, recordedAt, provenance);
		row.toState = DigitisationState.NOT_ASSESSED;
		row.rightsCleared = rightsCleared;
		return row;
	}

	static FilmHistoryRow digitisation(UUID filmId, long sequence, DigitisationState from, DigitisationState to,
			LocalDate on, String note, Instant recordedAt, Provenance provenance) {
		FilmHistoryRow row = new FilmHistoryRow(filmId, sequence, FilmHistoryType.DIGITISATION, recordedAt, provenance);
		row.fromState = from;
		row.toState = to;
		row.reachedOn = on;
		row.note = note;
		return row;
	}

	static FilmHistoryRow rights(UUID filmId, long sequence, boolean cleared, String note, Instant recordedAt,
			Provenance provenance) {
		FilmHistoryRow row = new FilmHistoryRow(filmId, sequence, FilmHistoryType.RIGHTS, recordedAt, provenance);
		row.rightsCleared = cleared;
		row.note = note;
		return row;
	}

	FilmHistoryKey key() {
		return new FilmHistoryKey(filmId, aggregateSequence);
	}

	public UUID getFilmId() {
		return filmId;
	}

	public long getAggregateSequence() {
		return aggregateSequence;
	}

	public FilmHistoryType getEntryType() {
		return entryType;
	}

	public DigitisationState getFromState() {
		return fromState;
	}

	public DigitisationState getToState() {
		return toState;
	}

	public LocalDate getReachedOn() {
		return reachedOn;
	}

	public Boolean getRightsCleared() {
		return rightsCleared;
	}

	public String getNote() {
		return note;
	}

	/** When the event was recorded, by whom, and whether it is demo data. */
	public RecordedBy getRecordedBy() {
		return recordedBy;
	}

}
