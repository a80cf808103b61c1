package org.cooperation.tracker.query.programme.culturaltour;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegState;
import org.cooperation.tracker.query.common.RecordedBy;
import org.cooperation.tracker.query.common.StateCounts;
import org.cooperation.tracker.query.initiative.model.InitiativeRow;
import org.cooperation.tracker.query.initiative.ProgrammeInitiatives;
import org.cooperation.tracker.query.programme.culturaltour.model.ArchivalFilmRow;
import org.cooperation.tracker.query.programme.culturaltour.model.ArchivalFilmRowRepository;
import org.cooperation.tracker.query.programme.culturaltour.model.FilmHistoryRow;
import org.cooperation.tracker.query.programme.culturaltour.model.FilmHistoryRowRepository;
import org.cooperation.tracker.query.programme.culturaltour.model.TourLegRow;
import org.cooperation.tracker.query.programme.culturaltour.model.TourLegRowRepository;
import org.cooperation.tracker.query.programme.culturaltour.model.TourProgrammeKey;
import org.cooperation.tracker.query.programme.culturaltour.model.TourProgrammeRow;
import org.cooperation.tracker.query.programme.culturaltour.model.TourProgrammeRowRepository;
import org.cooperation.tracker.query.common.NotFoundException;
import org.cooperation.tracker.query.common.Versioned;
import org.cooperation.tracker.query.programme.culturaltour.TourProgrammeView.HostLegs;
import org.cooperation.tracker.query.programme.culturaltour.TourLegView.LegFilmView;
import org.cooperation.tracker.query.programme.culturaltour.ArchivalFilmDetail.FilmHistoryEntry;

/**
 * Reads a Cultural Tour initiative's records: its programme editions with the legs by
 * host country, its archival films, and each country's digitisation counts. Asking an
 * initiative of another kind for them is a not-found, not an empty answer.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CulturalTourQueries {

	private static final Comparator<TourLegRow> BY_FIRST_DAY = Comparator
		.comparing(TourLegRow::getStartsOn, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(TourLegRow::getLegId);

	private static final Comparator<ArchivalFilmRow> BY_HOLDER_AND_TITLE = Comparator
		.comparing(ArchivalFilmRow::getHolder, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing((film) -> (film.getTitle() != null) ? film.getTitle().preferEnglish() : "")
		.thenComparing(ArchivalFilmRow::getFilmId);

	private final ProgrammeInitiatives initiatives;

	private final TourProgrammeRowRepository programmes;

	private final TourLegRowRepository legs;

	private final ArchivalFilmRowRepository films;

	private final FilmHistoryRowRepository filmHistory;

	/** The countries taking part in the tour, whose archives may register films. */
	public Set<Country> participants(UUID initiativeId) {
		tourInitiative(initiativeId);
		return initiatives.participating(initiativeId);
	}

	public TourOverview overview(UUID initiativeId) {
		InitiativeRow initiative = tourInitiative(initiativeId);
		return new TourOverview(initiativeId, initiative.getTitle(), editions(initiativeId),
				digitisation(initiativeId));
	}

	/** The editions of an initiative, by year. */
	public List<EditionSummary> editions(UUID initiativeId) {
		tourInitiative(initiativeId);
		Map<Integer, List<TourLegRow>> legsByYear = legs.findByInitiativeId(initiativeId)
			.stream()
			.collect(Collectors.groupingBy(TourLegRow::getYear));
		return programmes.findByInitiativeIdOrderByYearAsc(initiativeId)
			.stream()
			.map((edition) -> new EditionSummary(edition.getYear(), edition.getOpenedAt(), edition.isSample(),
					StateCounts.every(TourLegState.class, legsByYear.getOrDefault(edition.getYear(), List.of()),
							TourLegRow::getState)))
			.toList();
	}

	/**
	 * The programme edition, with its version, read from one snapshot so that the version
	 * names exactly the state shown.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Versioned<TourProgrammeView> programme(UUID initiativeId, int year) {
		InitiativeRow initiative = tourInitiative(initiativeId);
		TourProgrammeRow edition = programmes.findById(new TourProgrammeKey(initiativeId, year))
			.orElseThrow(() -> new NotFoundException(
					"'" + initiative.getTitle().preferEnglish() + "' has no programme edition for " + year));
		// The programme's aggregate is named by its initiative and year
		// (TourProgrammeId).
		return new Versioned<>(initiativeId + "/" + year, edition.getAggregateVersion(),
				programme(initiative, edition));
	}

	private TourProgrammeView programme(InitiativeRow initiative, TourProgrammeRow edition) {
		UUID initiativeId = initiative.getInitiativeId();
		int year = edition.getYear();
		List<TourLegRow> rows = legs.findByInitiativeIdAndYear(initiativeId, year);
		Map<UUID, ArchivalFilmRow> filmRows = filmsById(initiativeId);
		Map<Country, List<TourLegView>> byHost = rows.stream()
			.filter((leg) -> leg.getHost() != null)
			.sorted(BY_FIRST_DAY)
			.collect(Collectors.groupingBy(TourLegRow::getHost, TreeMap::new,
					Collectors.mapping((leg) -> leg(leg, filmRows), Collectors.toList())));
		List<HostLegs> hosts = byHost.entrySet()
			.stream()
			.map((entry) -> new HostLegs(entry.getKey(), entry.getKey().nameEn(), List.copyOf(entry.getValue())))
			.toList();
		return new TourProgrammeView(initiativeId, initiative.getTitle(), year, edition.getOpenedAt(),
				edition.isSample(), StateCounts.every(TourLegState.class, rows, TourLegRow::getState), hosts);
	}

	public TourLegView leg(UUID initiativeId, int year, UUID legId) {
		tourInitiative(initiativeId);
		TourLegRow leg = legs.findById(legId)
			.filter((row) -> row.getInitiativeId().equals(initiativeId) && row.getYear() == year)
			.orElseThrow(() -> new NotFoundException("the " + year + " programme has no leg with id " + legId));
		return leg(leg, filmsById(initiativeId));
	}

	/** Every leg of every edition, by year and then by first day. */
	public List<TourLegView> legs(UUID initiativeId) {
		tourInitiative(initiativeId);
		Map<UUID, ArchivalFilmRow> filmRows = filmsById(initiativeId);
		return legs.findByInitiativeId(initiativeId)
			.stream()
			.sorted(Comparator.comparing(TourLegRow::getYear).thenComparing(BY_FIRST_DAY))
			.map((leg) -> leg(leg, filmRows))
			.toList();
	}

	/**
	 * The initiative's films, by holder and title.
	 * @param holder only this country's films, or null for all
	 * @param state only films in this state, or null for all
	 */
	public List<ArchivalFilmView> films(UUID initiativeId, Country holder, DigitisationState state) {
		tourInitiative(initiativeId);
		return films.findByInitiativeId(initiativeId)
			.stream()
			.filter((film) -> holder == null || film.getHolder() == holder)
			.filter((film) -> state == null || film.getState() == state)
			.sorted(BY_HOLDER_AND_TITLE)
			.map(CulturalTourQueries::film)
			.toList();
	}

	/**
	 * The archival film, with its version, read from one snapshot so that the version
	 * names exactly the state shown.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Versioned<ArchivalFilmDetail> film(UUID initiativeId, UUID filmId) {
		tourInitiative(initiativeId);
		ArchivalFilmRow film = ProgrammeInitiatives.belonging(films.findById(filmId), ArchivalFilmRow::getInitiativeId,
				initiativeId, "archival film with id " + filmId);
		List<FilmHistoryEntry> history = filmHistory.findByFilmIdOrderByAggregateSequenceAsc(filmId)
			.stream()
			.map(CulturalTourQueries::entry)
			.toList();
		return new Versioned<>(filmId.toString(), film.getAggregateVersion(),
				new ArchivalFilmDetail(film(film), history));
	}

	/**
	 * Every participant's counts (zeros included), and any other country that holds
	 * films.
	 */
	public DigitisationCounts digitisation(UUID initiativeId) {
		tourInitiative(initiativeId);
		List<ArchivalFilmRow> rows = films.findByInitiativeId(initiativeId);
		List<CountryDigitisation> perCountry = initiatives
			.countries(initiativeId, rows, (film) -> Stream.of(film.getHolder()))
			.stream()
			.map((country) -> counts(country, country.nameEn(),
					rows.stream().filter((film) -> film.getHolder() == country).toList()))
			.toList();
		return new DigitisationCounts(initiativeId, perCountry, counts(null, "All countries", rows));
	}

	private InitiativeRow tourInitiative(UUID initiativeId) {
		return initiatives.ofKind(initiativeId, InitiativeKind.CULTURAL_TOUR_PLATFORM,
				(initiative) -> "'" + initiative.getTitle().preferEnglish() + "'", "it keeps no Cultural Tour records");
	}

	private Map<UUID, ArchivalFilmRow> filmsById(UUID initiativeId) {
		return films.findByInitiativeId(initiativeId)
			.stream()
			.collect(Collectors.toMap(ArchivalFilmRow::getFilmId, Function.identity()));
	}

	private static CountryDigitisation counts(Country country, String name, List<ArchivalFilmRow> rows) {
		return new CountryDigitisation(country, name,
				StateCounts.every(DigitisationState.class, rows, ArchivalFilmRow::getState), rows.size(),
				rows.stream().filter((film) -> film.getState().isDigitised()).count(),
				rows.stream().filter(ArchivalFilmRow::isRightsCleared).count(),
				rows.stream().anyMatch(ArchivalFilmRow::isSample));
	}

	private static TourLegView leg(TourLegRow leg, Map<UUID, ArchivalFilmRow> filmRows) {
		List<LegFilmView> shown = leg.getFilms().stream().map((filmId) -> {
			ArchivalFilmRow film = filmRows.get(filmId);
			return (film != null) ? new LegFilmView(filmId, film.getTitle(), film.getHolder(), film.getYear(),
					film.getState(), film.isRightsCleared()) : new LegFilmView(filmId, null, null, null, null, false);
		}).toList();
		return new TourLegView(leg.getLegId(), leg.getInitiativeId(), leg.getYear(), leg.getKind(), leg.getTitle(),
				leg.getOrigin(), leg.getHost(), leg.getCity(), leg.getVenue(), leg.getStartsOn(), leg.getEndsOn(),
				leg.getState(), shown, leg.getConfirmationNote(), leg.getHeldNote(), leg.getEvidence(),
				leg.getCancelledFrom(), leg.getCancellationReason(), leg.getPlannedAt(), leg.getConfirmedAt(),
				leg.getHeldAt(), leg.getCancelledAt(), leg.isSample());
	}

	private static ArchivalFilmView film(ArchivalFilmRow film) {
		return new ArchivalFilmView(film.getFilmId(), film.getInitiativeId(), film.getHolder(), film.getTitle(),
				film.getYear(), film.getState(), film.getStateOn(), film.getState().isDigitised(),
				film.isRightsCleared(), film.getRegisteredAt(), film.getLastRecordedAt(), film.isSample());
	}

	private static FilmHistoryEntry entry(FilmHistoryRow row) {
		RecordedBy by = row.getRecordedBy();
		return new FilmHistoryEntry(row.getEntryType(), row.getFromState(), row.getToState(), row.getReachedOn(),
				row.getRightsCleared(), row.getNote(), by.getRecordedAt(), by.getActor(), by.getActorRole(),
				by.getActorCountry(), by.getCorrelationId(), by.isSample());
	}

}
