package org.cooperation.tracker.query.programme.culturaltour.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmId;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegKind;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegPlanned;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegState;
import org.cooperation.tracker.query.common.TextColumns;
import org.cooperation.tracker.query.common.Recorded;

/**
 * One leg of a programme edition and its whole lifecycle: each move is recorded once, and
 * the state remembers the aggregate sequence of the event that set it, so a redelivered
 * or late event never takes a leg back.
 */
@Entity
@Table(name = "rm_tour_leg")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class TourLegRow {

	@Id
	private UUID legId;

	private UUID initiativeId;

	private int year;

	@Enumerated(EnumType.STRING)
	private TourLegKind kind;

	@Embedded
	private TextColumns title;

	@Enumerated(EnumType.STRING)
	private Country origin;

	@Enumerated(EnumType.STRING)
	private Country host;

	private String city;

	private String venue;

	private LocalDate startsOn;

	private LocalDate endsOn;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(columnDefinition = "jsonb")
	private List<String> films;

	@Enumerated(EnumType.STRING)
	private TourLegState state;

	@Getter(AccessLevel.NONE)
	private long stateSequence;

	private String confirmationNote;

	private String heldNote;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(columnDefinition = "jsonb")
	private List<String> evidence;

	private String cancellationReason;

	@Enumerated(EnumType.STRING)
	private TourLegState cancelledFrom;

	private Instant plannedAt;

	private Instant confirmedAt;

	private Instant heldAt;

	private Instant cancelledAt;

	private boolean sample;

	static TourLegRow planned(TourLegPlanned event, Recorded recorded) {
		TourLegRow row = new TourLegRow();
		row.legId = event.legId().value();
		row.initiativeId = event.programmeId().initiativeId().value();
		row.year = event.programmeId().year();
		row.kind = event.kind();
		row.title = TextColumns.of(event.title());
		row.origin = event.origin();
		row.host = event.host();
		row.city = event.city();
		row.venue = event.venue();
		row.startsOn = event.startsOn();
		row.endsOn = event.endsOn();
		row.films = (event.films() != null) ? event.films().stream().map(ArchivalFilmId::toString).toList() : List.of();
		row.state = TourLegState.PLANNED;
		row.stateSequence = recorded.sequence();
		row.evidence = List.of();
		row.plannedAt = recorded.at();
		row.sample = recorded.sample();
		return row;
	}

	void confirmed(String note, Recorded recorded) {
		confirmationNote = note;
		confirmedAt = recorded.at();
		moved(TourLegState.CONFIRMED, recorded.sequence(), recorded.sample());
	}

	void held(String note, List<String> links, Recorded recorded) {
		heldNote = note;
		evidence = List.copyOf(links);
		heldAt = recorded.at();
		moved(TourLegState.HELD, recorded.sequence(), recorded.sample());
	}

	void cancelled(TourLegState from, String reason, Recorded recorded) {
		cancelledFrom = from;
		cancellationReason = reason;
		cancelledAt = recorded.at();
		moved(TourLegState.CANCELLED, recorded.sequence(), recorded.sample());
	}

	private void moved(TourLegState to, long sequence, boolean fromSample) {
		if (sequence > stateSequence) {
			state = to;
			stateSequence = sequence;
		}
		sample = sample || fromSample;
	}

	/** What is shown, or null when the leg has no title. */
	public LocalizedText getTitle() {
		return TextColumns.toText(title);
	}

	/** Ids of the films a screening shows, in the order named. */
	public List<UUID> getFilms() {
		return (films != null) ? films.stream().map(UUID::fromString).toList() : List.of();
	}

	public List<String> getEvidence() {
		return (evidence != null) ? List.copyOf(evidence) : List.of();
	}

}
