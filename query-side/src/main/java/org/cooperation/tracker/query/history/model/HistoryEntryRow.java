package org.cooperation.tracker.query.history.model;

import java.time.LocalDate;
import java.util.List;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.query.common.EventEntry;
import org.cooperation.tracker.query.common.Recorded;

/** One entry of a participation's history. */
@Entity
@Table(name = "rm_participation_history")
@IdClass(HistoryKey.class)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class HistoryEntryRow extends EventEntry {

	@Id
	private String eventId;

	@Id
	@Enumerated(EnumType.STRING)
	private Country country;

	private UUID initiativeId;

	private long aggregateSequence;

	@Enumerated(EnumType.STRING)
	private HistoryEntryType entryType;

	@Enumerated(EnumType.STRING)
	private ParticipationStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private ParticipationStatus toStatus;

	private Integer percent;

	private LocalDate effectiveOn;

	private LocalDate asOf;

	private UUID reportId;

	private String note;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(columnDefinition = "jsonb")
	private List<String> evidence;

	private HistoryEntryRow(String eventId, Country country, UUID initiativeId, HistoryEntryType entryType,
			Recorded recorded) {
		super(recorded);
		this.eventId = eventId;
		this.country = country;
		this.initiativeId = initiativeId;
		this.aggregateSequence = recorded.sequence();
		this.entryType = entryType;
		this.evidence = List.of();
	}

	static HistoryEntryRow proposed(String eventId, Country country, UUID initiativeId, Recorded recorded) {
		HistoryEntryRow row = new HistoryEntryRow(eventId, country, initiativeId, HistoryEntryType.PROPOSED, recorded);
		row.toStatus = ParticipationStatus.PROPOSED;
		return row;
	}

	static HistoryEntryRow statusChanged(String eventId, Country country, UUID initiativeId, ParticipationStatus from,
			ParticipationStatus to, LocalDate effectiveOn, String note, List<String> evidence, Recorded recorded) {
		HistoryEntryRow row = new HistoryEntryRow(eventId, country, initiativeId, HistoryEntryType.STATUS_CHANGED,
				recorded);
		row.fromStatus = from;
		row.toStatus = to;
		row.effectiveOn = effectiveOn;
		row.note = note;
		row.evidence = List.copyOf(evidence);
		return row;
	}

	static HistoryEntryRow progressReported(String eventId, Country country, UUID initiativeId, UUID reportId,
			int percent, LocalDate asOf, String note, List<String> evidence, Recorded recorded) {
		HistoryEntryRow row = new HistoryEntryRow(eventId, country, initiativeId, HistoryEntryType.PROGRESS_REPORTED,
				recorded);
		row.reportId = reportId;
		row.percent = percent;
		row.asOf = asOf;
		row.note = note;
		row.evidence = List.copyOf(evidence);
		return row;
	}

	HistoryKey key() {
		return new HistoryKey(eventId, country);
	}

	public List<String> getEvidence() {
		return (evidence != null) ? evidence : List.of();
	}

}
