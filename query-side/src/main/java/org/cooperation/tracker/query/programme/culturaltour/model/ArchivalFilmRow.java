package org.cooperation.tracker.query.programme.culturaltour.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.query.common.TextColumns;

/**
 * One archival film as it stands: digitisation state and rights, each remembering the
 * aggregate sequence of the event that set it, so an event delivered again never
 * overwrites a newer value.
 */
@Entity
@Table(name = "rm_tour_film")
public class ArchivalFilmRow {

	@Id
	private UUID filmId;

	private UUID initiativeId;

	@Enumerated(EnumType.STRING)
	private Country holder;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "kk", column = @Column(name = "title_kk")),
			@AttributeOverride(name = "ru", column = @Column(name = "title_ru")),
			@AttributeOverride(name = "en", column = @Column(name = "title_en")) })
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

	private boolean sample;

	private long aggregateVersion;

	protected ArchivalFilmRow() {
	}

	static ArchivalFilmRow registered(UUID filmId, UUID initiativeId, Country holder, LocalizedText title, int year,
			boolean rightsCleared, long sequence, Instant recordedAt, boolean sample) {
		ArchivalFilmRow row = new ArchivalFilmRow();
		row.filmId = filmId;
		row.initiativeId = initiativeId;
		row.holder = holder;
		row.title = TextColumns.of(title);
		row.year = year;
		row.state = DigitisationState.NOT_ASSESSED;
		row.stateSequence = sequence;
		row.rightsCleared = rightsCleared;
		row.rightsSequence = sequence;
		row.registeredAt = recordedAt;
		row.lastRecordedAt = recordedAt;
		row.sample = sample;
		row.aggregateVersion = sequence;
		return row;
	}

	void advanced(DigitisationState to, LocalDate on, long sequence, Instant recordedAt, boolean fromSample) {
		if (sequence > stateSequence) {
			state = to;
			stateOn = on;
			stateSequence = sequence;
		}
		recorded(sequence, recordedAt, fromSample);
	}

	void rightsChanged(boolean cleared, long sequence, Instant recordedAt, boolean fromSample) {
		if (sequence > rightsSequence) {
			rightsCleared = cleared;
			rightsSequence = sequence;
		}
		recorded(sequence, recordedAt, fromSample);
	}

	private void recorded(long sequence, Instant recordedAt, boolean fromSample) {
		aggregateVersion = Math.max(aggregateVersion, sequence);
		if (lastRecordedAt == null || (recordedAt != null && recordedAt.isAfter(lastRecordedAt))) {
			lastRecordedAt = recordedAt;
		}
		sample = sample || fromSample;
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

	/** True once any event that shaped the film came from the demo data. */
	public boolean isSample() {
		return sample;
	}

	/**
	 * The aggregate's version: the sequence number of the last event applied from it,
	 * which the query API sends as the ETag.
	 */
	public long getAggregateVersion() {
		return aggregateVersion;
	}

}
