package org.cooperation.tracker.query.programme.archive;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
import org.cooperation.tracker.kernel.programme.archive.ExchangeParty;
import org.cooperation.tracker.query.common.RecordedBy;
import org.cooperation.tracker.query.common.StepHistories;
import org.cooperation.tracker.query.initiative.model.InitiativeRow;
import org.cooperation.tracker.query.initiative.ProgrammeInitiatives;
import org.cooperation.tracker.query.programme.archive.model.ArchiveCopyRow;
import org.cooperation.tracker.query.programme.archive.model.ArchiveCopyRowRepository;
import org.cooperation.tracker.query.programme.archive.model.ArchiveCopyStepRow;
import org.cooperation.tracker.query.programme.archive.model.ArchiveCopyStepRowRepository;
import org.cooperation.tracker.query.common.Versioned;
import org.cooperation.tracker.query.programme.archive.ExchangeMatrix.ExchangeMatrixRow;
import org.cooperation.tracker.query.programme.archive.ExchangeMatrix.CountryExchangeTotals;
import org.cooperation.tracker.query.programme.archive.WaitingOnCountries.WaitingOnCountry;
import org.cooperation.tracker.query.programme.archive.WaitingOnCountries.WaitingItem;
import org.cooperation.tracker.query.programme.archive.CopyView.CopyStepView;

/**
 * Reads an archive-exchange initiative's copies: the 6×6 matrix of ordered pairs, the
 * ledger of one pair, one copy, and what waits on each country.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ArchiveExchangeQueries {

	private static final List<Country> ALL_COUNTRIES = List.of(Country.values());

	private final ProgrammeInitiatives initiatives;

	private final ArchiveCopyRowRepository copies;

	private final ArchiveCopyStepRowRepository steps;

	public ExchangeMatrix matrix(UUID initiativeId) {
		InitiativeRow initiative = archiveExchange(initiativeId);
		List<ArchiveCopyRow> rows = copies.findByInitiativeIdOrderByStartedAtAscCopyIdAsc(initiativeId);
		List<ExchangeMatrixRow> matrix = ALL_COUNTRIES.stream()
			.map((holder) -> new ExchangeMatrixRow(holder,
					ALL_COUNTRIES.stream()
						.filter((receiver) -> receiver != holder)
						.collect(Collectors.toMap(Function.identity(),
								(receiver) -> PairCounts.of(rows.stream()
									.filter((copy) -> copy.getHolder() == holder && copy.getReceiver() == receiver)
									.toList()),
								(first, second) -> first, LinkedHashMap::new))))
			.toList();
		List<CountryExchangeTotals> totals = ALL_COUNTRIES.stream()
			.map((country) -> new CountryExchangeTotals(country,
					count(rows,
							(copy) -> copy.getReceiver() == country && copy.getState() == ArchiveCopyState.RECEIVED),
					count(rows, (copy) -> copy.getHolder() == country && copy.getState() == ArchiveCopyState.RECEIVED),
					count(rows, (copy) -> waitingOn(copy) == country)))
			.toList();
		return new ExchangeMatrix(initiativeId, initiative.getTitle(), ALL_COUNTRIES,
				List.of(ArchiveCopyState.values()), matrix, totals);
	}

	/** Every copy of the initiative with its steps, in the order the exchanges began. */
	public List<CopyView> copies(UUID initiativeId) {
		archiveExchange(initiativeId);
		return views(copies.findByInitiativeIdOrderByStartedAtAscCopyIdAsc(initiativeId));
	}

	public PairLedger pair(UUID initiativeId, Country holder, Country receiver) {
		InitiativeRow initiative = archiveExchange(initiativeId);
		if (holder == receiver) {
			throw new InvalidValueException(
					"a pair is two different countries, holder then receiver; not " + holder + " twice");
		}
		List<ArchiveCopyRow> rows = copies
			.findByInitiativeIdAndHolderAndReceiverOrderByStartedAtAscCopyIdAsc(initiativeId, holder, receiver);
		return new PairLedger(initiativeId, initiative.getTitle(), holder, receiver, PairCounts.of(rows), views(rows));
	}

	/**
	 * The copy, with its version, read from one snapshot so that the version names
	 * exactly the state shown.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Versioned<CopyView> copy(UUID initiativeId, UUID copyId) {
		archiveExchange(initiativeId);
		ArchiveCopyRow row = ProgrammeInitiatives.belonging(copies.findById(copyId), ArchiveCopyRow::getInitiativeId,
				initiativeId, "archive copy with id " + copyId);
		return new Versioned<>(copyId.toString(), row.getAggregateVersion(), views(List.of(row)).get(0));
	}

	/**
	 * For each participating country (or only the one given), the copies whose next step
	 * is theirs, longest waiting first.
	 */
	public WaitingOnCountries waiting(UUID initiativeId, Country only) {
		archiveExchange(initiativeId);
		List<ArchiveCopyRow> rows = copies.findByInitiativeIdOrderByStartedAtAscCopyIdAsc(initiativeId);
		Set<Country> countries = (only != null) ? Set.of(only)
				: initiatives.countries(initiativeId, rows, (copy) -> Stream.of(copy.getHolder(), copy.getReceiver()));
		Map<Country, List<WaitingItem>> byCountry = rows.stream()
			.filter((copy) -> waitingOn(copy) != null)
			.sorted(Comparator.comparing(ArchiveCopyRow::getStateSince).thenComparing(ArchiveCopyRow::getCopyId))
			.collect(Collectors.groupingBy(ArchiveExchangeQueries::waitingOn, () -> new EnumMap<>(Country.class),
					Collectors.mapping(ArchiveExchangeQueries::waitingItem, Collectors.toList())));
		return new WaitingOnCountries(initiativeId,
				countries.stream()
					.map((country) -> new WaitingOnCountry(country, byCountry.getOrDefault(country, List.of())))
					.toList());
	}

	private List<CopyView> views(List<ArchiveCopyRow> rows) {
		return StepHistories.withSteps(rows, ArchiveCopyRow::getCopyId,
				steps::findByCopyIdInOrderByAggregateSequenceAsc, ArchiveCopyStepRow::getCopyId,
				ArchiveExchangeQueries::step,
				(row, history) -> new CopyView(row.getCopyId(), row.getInitiativeId(), row.getHolder(),
						row.getReceiver(), row.getStartedAs(), row.getMaterialType(), row.getTitle(),
						row.getReference(), row.getDescription(), row.getState(), waitingOn(row),
						row.getState().nextStep(), row.getChecksum(), row.getMedium(), row.getTransfers(),
						row.getSentOn(), row.getReceivedOn(), row.getStartedAt(), row.getStateSince(), row.isSample(),
						history, row.getAggregateVersion()));
	}

	/** The country whose move it is, or null once the exchange of the copy is over. */
	private static Country waitingOn(ArchiveCopyRow copy) {
		ExchangeParty party = copy.getState().awaitedParty();
		return (party == null) ? null : (party == ExchangeParty.HOLDER) ? copy.getHolder() : copy.getReceiver();
	}

	private static WaitingItem waitingItem(ArchiveCopyRow copy) {
		return new WaitingItem(copy.getCopyId(), copy.getHolder(), copy.getReceiver(), copy.getState().awaitedParty(),
				copy.getState().nextStep(), copy.getState(), copy.getMaterialType(), copy.getTitle(),
				copy.getReference(), copy.getStateSince(), copy.isSample());
	}

	private static CopyStepView step(ArchiveCopyStepRow row) {
		RecordedBy by = row.getRecordedBy();
		return new CopyStepView(row.getState(), row.getCountry(), row.getChecksum(), row.getComputedChecksum(),
				row.getMedium(), row.getAttempt(), row.getOnDate(), row.getRemark(), by.getRecordedAt(), by.getActor(),
				by.getActorRole(), by.getActorCountry(), by.getCorrelationId(), by.isSample());
	}

	private static long count(List<ArchiveCopyRow> rows, java.util.function.Predicate<ArchiveCopyRow> which) {
		return rows.stream().filter(which).count();
	}

	private InitiativeRow archiveExchange(UUID initiativeId) {
		return initiatives.ofKind(initiativeId, InitiativeKind.ARCHIVE_EXCHANGE, "it keeps no archive exchange");
	}

}
