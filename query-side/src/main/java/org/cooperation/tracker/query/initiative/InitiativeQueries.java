package org.cooperation.tracker.query.initiative;

import org.cooperation.tracker.query.common.NotFoundException;
import org.cooperation.tracker.query.common.Versioned;
import org.cooperation.tracker.query.history.HistoryEntry;
import org.cooperation.tracker.query.history.PastStandings;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cooperation.tracker.query.matrix.MatrixFilter;
import org.cooperation.tracker.query.common.Moment;
import org.cooperation.tracker.query.matrix.StatusCell;
import org.cooperation.tracker.query.matrix.StatusMatrix;
import org.cooperation.tracker.query.matrix.StatusMatrixRow;
import org.cooperation.tracker.query.matrix.model.MatrixFigures;
import org.cooperation.tracker.query.matrix.model.ProgrammeFigure;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.IatiActivityStatus;
import org.cooperation.tracker.query.common.RecordedBy;
import org.cooperation.tracker.query.history.model.HistoryEntryRow;
import org.cooperation.tracker.query.history.model.HistoryEntryRowRepository;
import org.cooperation.tracker.query.history.model.HistoryEntryType;
import org.cooperation.tracker.query.initiative.model.InitiativeRow;
import org.cooperation.tracker.query.initiative.model.InitiativeRowRepository;
import org.cooperation.tracker.query.initiative.model.ParticipantRow;
import org.cooperation.tracker.query.initiative.model.ParticipantRowRepository;
import org.cooperation.tracker.query.protocol.model.DirectionRow;
import org.cooperation.tracker.query.protocol.model.DirectionRowRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads initiatives and where each country stands on them: the status matrix, one
 * initiative with its history, one country across initiatives.
 */
@Service
@Transactional(readOnly = true)
public class InitiativeQueries {

	private static final Comparator<ParticipantRow> BY_COUNTRY = Comparator.comparing(ParticipantRow::getCountry);

	/**
	 * An initiative's events all come from its aggregate, whose sequence number is their
	 * exact order; the country orders the entries of one proposal as {@link Country}
	 * does.
	 */
	private static final Comparator<HistoryEntryRow> IN_ORDER_OF_EVENTS = Comparator
		.comparingLong(HistoryEntryRow::getAggregateSequence)
		.thenComparing(HistoryEntryRow::getCountry);

	private final InitiativeRowRepository initiatives;

	private final ParticipantRowRepository participants;

	private final HistoryEntryRowRepository history;

	private final DirectionRowRepository directions;

	private final MatrixFigures matrixFigures;

	private final PastStandings pastStandings;

	public InitiativeQueries(InitiativeRowRepository initiatives, ParticipantRowRepository participants,
			HistoryEntryRowRepository history, DirectionRowRepository directions, MatrixFigures matrixFigures,
			PastStandings pastStandings) {
		this.matrixFigures = matrixFigures;
		this.pastStandings = pastStandings;
		this.initiatives = initiatives;
		this.participants = participants;
		this.history = history;
		this.directions = directions;
	}

	/**
	 * The rows the filter admits, in its order, against the countries that take part in
	 * any of them.
	 */
	public StatusMatrix statusMatrix(MatrixFilter filter) {
		return statusMatrix(filter, Moment.NOW);
	}

	/**
	 * The matrix as it stood at the moment: now from the current read model, in the past
	 * from the participation history ({@link PastStandings}). A past matrix shows the
	 * initiatives that had a cell by then, under their titles of today.
	 */
	public StatusMatrix statusMatrix(MatrixFilter filter, Moment moment) {
		List<InitiativeRow> proposed = initiatives.findAllByOrderByProposedAtAscInitiativeIdAsc()
			.stream()
			.filter((row) -> filter.admits(row.getDirectionId(), row.getKind()))
			.toList();
		Map<UUID, Map<Country, StatusCell>> cellsByInitiative = moment.past() ? pastCells(moment)
				: currentCells(proposed);
		List<StatusMatrixRow> rows = proposed.stream()
			.filter((row) -> !moment.past() || cellsByInitiative.containsKey(row.getInitiativeId()))
			.map((row) -> new StatusMatrixRow(row.getInitiativeId(), row.getProtocolId(), row.getKind(), row.getTitle(),
					cellsByInitiative.getOrDefault(row.getInitiativeId(), Map.of())))
			.filter(filter::admits)
			.sorted(filter.order().rows())
			.toList();
		Set<Country> countries = EnumSet.noneOf(Country.class);
		rows.forEach((row) -> countries.addAll(row.cells().keySet()));
		return new StatusMatrix(List.copyOf(countries), rows, moment);
	}

	/**
	 * The initiatives' cells at a moment of the past: the kinds' own figures have no
	 * history, so none.
	 */
	private Map<UUID, Map<Country, StatusCell>> pastCells(Moment moment) {
		Map<UUID, Map<Country, StatusCell>> cells = new HashMap<>();
		pastStandings.at(moment).forEach((initiativeId, standings) -> {
			Map<Country, StatusCell> initiativeCells = new EnumMap<>(Country.class);
			standings.forEach((country, past) -> {
				IatiActivityStatus iati = past.status().iati();
				initiativeCells.put(country, new StatusCell(past.status(), iati.code(), iati.label(), past.percent(),
						past.statusEffectiveOn(), past.lastRecordedAt(), past.sample(), List.of()));
			});
			cells.put(initiativeId, initiativeCells);
		});
		return cells;
	}

	/** The initiatives' cells as they stand now, each with its kind's figures. */
	private Map<UUID, Map<Country, StatusCell>> currentCells(List<InitiativeRow> proposed) {
		Map<UUID, List<ParticipantRow>> byInitiative = participantsByInitiative();
		Map<UUID, Map<Country, List<ProgrammeFigure>>> figuresByInitiative = matrixFigures
			.of(proposed.stream().collect(Collectors.toMap(InitiativeRow::getInitiativeId, InitiativeRow::getKind)));
		Map<UUID, Map<Country, StatusCell>> cells = new HashMap<>();
		for (InitiativeRow row : proposed) {
			Map<Country, StatusCell> initiativeCells = new EnumMap<>(Country.class);
			Map<Country, List<ProgrammeFigure>> figures = figuresByInitiative.getOrDefault(row.getInitiativeId(),
					Map.of());
			byInitiative.getOrDefault(row.getInitiativeId(), List.of())
				.forEach((cell) -> initiativeCells.put(cell.getCountry(),
						cell(cell, figures.getOrDefault(cell.getCountry(), List.of()))));
			cells.put(row.getInitiativeId(), initiativeCells);
		}
		return cells;
	}

	/** Every initiative, in the order proposed. */
	public List<InitiativeSummary> initiatives() {
		Map<UUID, List<ParticipantRow>> byInitiative = participantsByInitiative();
		return initiatives.findAllByOrderByProposedAtAscInitiativeIdAsc()
			.stream()
			.map(row -> summary(row, byInitiative.getOrDefault(row.getInitiativeId(), List.of())))
			.toList();
	}

	/**
	 * The initiative, with its version, read from one snapshot so that the version names
	 * exactly the state shown.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Versioned<InitiativeDetail> initiative(UUID initiativeId) {
		InitiativeRow row = initiativeRow(initiativeId);
		List<HistoryEntryRow> entries = history.findByInitiativeId(initiativeId);
		// The history has a processor of its own, which may not have reached the
		// initiative's
		// latest event yet: the answer shows the older of the two, and so does its
		// version.
		long historyReached = entries.stream().mapToLong(HistoryEntryRow::getAggregateSequence).max().orElse(0);
		return new Versioned<>(initiativeId.toString(), Math.min(row.getAggregateVersion(), historyReached),
				detail(row, entries));
	}

	/**
	 * The initiative at a moment of the past: each country's standing then
	 * ({@link PastStandings}) and the history up to then (recorded by the instant, or in
	 * effect by the day). Not found when nothing of it was recorded (or in effect) by
	 * then.
	 */
	public InitiativeDetail initiative(UUID initiativeId, Moment moment) {
		InitiativeRow row = initiativeRow(initiativeId);
		if (!moment.past()) {
			return detail(row, history.findByInitiativeId(initiativeId));
		}
		Map<Country, PastStandings.PastStanding> then = pastStandings.of(initiativeId, moment);
		if (then.isEmpty()) {
			throw new NotFoundException("initiative " + initiativeId + " had nothing recorded or in effect by then");
		}
		List<HistoryEntryRow> entries = history.findByInitiativeId(initiativeId)
			.stream()
			.filter((entry) -> moment.includes(entry.getRecordedBy().getRecordedAt(), dayOf(entry)))
			.toList();
		InitiativeDetail now = detail(row, entries);
		List<CountryStanding> standings = then.entrySet().stream().map((standing) -> {
			PastStandings.PastStanding past = standing.getValue();
			IatiActivityStatus iati = past.status().iati();
			return new CountryStanding(standing.getKey(), past.status(), iati.code(), iati.label(), past.percent(),
					past.percentAsOf(), past.statusEffectiveOn(), past.lastRecordedAt(), past.sample());
		}).toList();
		return new InitiativeDetail(now.initiativeId(), now.protocolId(), now.directionId(), now.directionTitle(),
				now.kind(), now.title(), now.description(), now.proposedBy(), now.participants(), now.proposedAt(),
				now.sample(), standings, now.history(), moment);
	}

	/**
	 * The day an entry took effect: its status's, its report's, or for a proposal the day
	 * it was recorded (as PastStandings reads them).
	 */
	private static LocalDate dayOf(HistoryEntryRow entry) {
		LocalDate day = (entry.getEntryType() == HistoryEntryType.PROGRESS_REPORTED) ? entry.getAsOf()
				: entry.getEffectiveOn();
		return (day != null) ? day : LocalDate.ofInstant(entry.getRecordedBy().getRecordedAt(), ZoneOffset.UTC);
	}

	private InitiativeDetail detail(InitiativeRow row, List<HistoryEntryRow> historyRows) {
		UUID initiativeId = row.getInitiativeId();
		List<ParticipantRow> standing = participants.findByInitiativeId(initiativeId)
			.stream()
			.sorted(BY_COUNTRY)
			.toList();
		LocalizedText directionTitle = (row.getDirectionId() != null)
				? directions.findById(row.getDirectionId()).map(DirectionRow::getTitle).orElse(null) : null;
		List<HistoryEntry> entries = historyRows.stream()
			.sorted(IN_ORDER_OF_EVENTS)
			.map(InitiativeQueries::entry)
			.toList();
		return new InitiativeDetail(initiativeId, row.getProtocolId(), row.getDirectionId(), directionTitle,
				row.getKind(), row.getTitle(), row.getDescription(), row.getProposedBy(), countries(standing),
				row.getProposedAt(), row.isSample(), standing.stream().map(InitiativeQueries::standing).toList(),
				entries, Moment.NOW);
	}

	public ProgressReportView progressReport(UUID initiativeId, UUID reportId) {
		initiativeRow(initiativeId);
		HistoryEntryRow report = history.findByInitiativeIdAndReportId(initiativeId, reportId)
			.filter(row -> row.getEntryType() == HistoryEntryType.PROGRESS_REPORTED)
			.orElseThrow(() -> new NotFoundException(
					"initiative " + initiativeId + " has no progress report with id " + reportId));
		RecordedBy by = report.getRecordedBy();
		return new ProgressReportView(reportId, initiativeId, report.getCountry(), report.getPercent(),
				report.getAsOf(), report.getNote(), report.getEvidence(), by.getRecordedAt(), by.getActor(),
				by.getActorRole(), by.getActorCountry(), by.getCorrelationId(), by.isSample());
	}

	/** The country and its standing on each initiative it participates in. */
	/**
	 * The country across its initiatives at a moment of the past: its standing on each it
	 * had anything recorded (or in effect) for by then.
	 */
	public CountryInitiatives countryInitiatives(Country country, Moment moment) {
		if (!moment.past()) {
			return countryInitiatives(country);
		}
		Map<UUID, Map<Country, PastStandings.PastStanding>> then = pastStandings.at(moment);
		List<CountryInitiative> rows = initiatives.findAllByOrderByProposedAtAscInitiativeIdAsc()
			.stream()
			.filter((initiative) -> then.getOrDefault(initiative.getInitiativeId(), Map.of()).containsKey(country))
			.map((initiative) -> {
				PastStandings.PastStanding past = then.get(initiative.getInitiativeId()).get(country);
				IatiActivityStatus iati = past.status().iati();
				return new CountryInitiative(initiative.getInitiativeId(), initiative.getProtocolId(),
						initiative.getKind(), initiative.getTitle(), past.status(), iati.code(), iati.label(),
						past.percent(), past.statusEffectiveOn(), past.lastRecordedAt(), past.sample());
			})
			.toList();
		return new CountryInitiatives(CountryView.of(country), rows, moment);
	}

	public CountryInitiatives countryInitiatives(Country country) {
		Map<UUID, ParticipantRow> standing = participants.findByCountry(country)
			.stream()
			.collect(Collectors.toMap(ParticipantRow::getInitiativeId, row -> row));
		List<CountryInitiative> rows = initiatives.findAllByOrderByProposedAtAscInitiativeIdAsc()
			.stream()
			.filter(initiative -> standing.containsKey(initiative.getInitiativeId()))
			.map(initiative -> {
				ParticipantRow row = standing.get(initiative.getInitiativeId());
				IatiActivityStatus iati = row.getStatus().iati();
				return new CountryInitiative(initiative.getInitiativeId(), initiative.getProtocolId(),
						initiative.getKind(), initiative.getTitle(), row.getStatus(), iati.code(), iati.label(),
						row.getPercent(), row.getStatusEffectiveOn(), row.getLastRecordedAt(), row.isSample());
			})
			.toList();
		return new CountryInitiatives(CountryView.of(country), rows);
	}

	private InitiativeRow initiativeRow(UUID initiativeId) {
		return initiatives.findById(initiativeId)
			.orElseThrow(() -> new NotFoundException("no initiative with id " + initiativeId));
	}

	private Map<UUID, List<ParticipantRow>> participantsByInitiative() {
		return participants.findAll()
			.stream()
			.sorted(BY_COUNTRY)
			.collect(Collectors.groupingBy(ParticipantRow::getInitiativeId));
	}

	private static InitiativeSummary summary(InitiativeRow row, List<ParticipantRow> participantRows) {
		return new InitiativeSummary(row.getInitiativeId(), row.getProtocolId(), row.getDirectionId(), row.getKind(),
				row.getTitle(), row.getDescription(), row.getProposedBy(), countries(participantRows),
				row.getProposedAt(), row.isSample());
	}

	private static List<Country> countries(List<ParticipantRow> rows) {
		return rows.stream().map(ParticipantRow::getCountry).sorted().toList();
	}

	private static StatusCell cell(ParticipantRow row, List<ProgrammeFigure> figures) {
		IatiActivityStatus iati = row.getStatus().iati();
		return new StatusCell(row.getStatus(), iati.code(), iati.label(), row.getPercent(), row.getStatusEffectiveOn(),
				row.getLastRecordedAt(), row.isSample(), figures);
	}

	private static CountryStanding standing(ParticipantRow row) {
		IatiActivityStatus iati = row.getStatus().iati();
		return new CountryStanding(row.getCountry(), row.getStatus(), iati.code(), iati.label(), row.getPercent(),
				row.getPercentAsOf(), row.getStatusEffectiveOn(), row.getLastRecordedAt(), row.isSample());
	}

	private static HistoryEntry entry(HistoryEntryRow row) {
		RecordedBy by = row.getRecordedBy();
		return new HistoryEntry(row.getEntryType(), row.getCountry(), row.getFromStatus(), row.getToStatus(),
				row.getPercent(), row.getEffectiveOn(), row.getAsOf(), row.getReportId(), row.getNote(),
				row.getEvidence(), by.getRecordedAt(), by.getActor(), by.getActorRole(), by.getActorCountry(),
				by.getCorrelationId(), by.isSample());
	}

}
