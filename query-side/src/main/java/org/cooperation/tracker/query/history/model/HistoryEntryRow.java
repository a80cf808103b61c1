package org.cooperation.tracker.query.history.model;

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
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.query.common.Provenance;
import org.cooperation.tracker.query.common.RecordedBy;

/** One entry of a participation's history. */
@Entity
@Table(name = "rm_participation_history")
@IdClass(HistoryKey.class)
public class HistoryEntryRow {

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

	@Embedded
	private RecordedBy recordedBy;

	protected HistoryEntryRow() {
	}

	private HistoryEntryRow(String eventId, Country country, UUID initiativeId, long aggregateSequence,
			HistoryEntryType entryType, Instant recordedAt, Provenance provenance) {
		this.eventId = eventId;
		this.country = country;
		this.initiativeId = initiativeId;
		this.aggregateSequence = aggregateSequence;
		this.entryType = entryType;
		this.recordedBy = RecordedBy.of(recordedAt, provenance);
		this.evidence = List.of();
	}

	static HistoryEntryRow proposed(String eventId, Country country, UUID initiativeId, long aggregateSequence,
			Instant recordedAt, Provenance provenance) {
		HistoryEntryRow row = new HistoryEntryRow(eventId, country, initiativeId, aggregateSequence,
				HistoryEntryType.PROPOSED, recordedAt, provenance);
		row.toStatus = ParticipationStatus.PROPOSED;
		return row;
	}

	static HistoryEntryRow statusChanged(String eventId, Country country, UUID initiativeId, long aggregateSequence,
			ParticipationStatus from, ParticipationStatus to, LocalDate effectiveOn, String note, List<String> evidence,
			Instant recordedAt, Provenance provenance) {
		HistoryEntryRow row = new HistoryEntryRow(eventId, country, initiativeId, aggregateSequence,
				HistoryEntryType.STATUS_CHANGED, recordedAt, provenance);
		row.fromStatus = from;
		row.toStatus = to;
		row.effectiveOn = effectiveOn;
		row.note = note;
		row.evidence = List.copyOf(evidence);
		return row;
	}

	static HistoryEntryRow progressReported(String eventId, Country country, UUID initiativeId, long aggregateSequence,
			UUID reportId, int percent, LocalDate asOf, String note, List<String> evidence, Instant recordedAt,
			Provenance provenance) {
		HistoryEntryRow row = new HistoryEntryRow(eventId, country, initiativeId, aggregateSequence,
				HistoryEntryType.PROGRESS_REPORTED, recordedAt, provenance);
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

	public String getEventId() {
		return eventId;
	}

	public Country getCountry() {
		return country;
	}

	public UUID getInitiativeId() {
		return initiativeId;
	}

	public long getAggregateSequence() {
		return aggregateSequence;
	}

	public HistoryEntryType getEntryType() {
		return entryType;
	}

	public ParticipationStatus getFromStatus() {
		return fromStatus;
	}

	public ParticipationStatus getToStatus() {
		return toStatus;
	}

	public Integer getPercent() {
		return percent;
	}

	public LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	public LocalDate getAsOf() {
		return asOf;
	}

	public UUID getReportId() {
		return reportId;
	}

	public String getNote() {
		return note;
	}

	public List<String> getEvidence() {
		return (evidence != null) ? evidence : List.of();
	}

	/** When the event was recorded, by whom, and whether it is demo data. */
	public RecordedBy getRecordedBy() {
		return recordedBy;
	}

}
