package org.cooperation.tracker.query.programme.culturaltour.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.programme.culturaltour.TourLegState;
import org.cooperation.tracker.query.programme.culturaltour.ArchivalFilmView;
import org.cooperation.tracker.query.programme.culturaltour.CulturalTourQueries;
import org.cooperation.tracker.query.programme.culturaltour.EditionSummary;
import org.cooperation.tracker.query.programme.culturaltour.TourLegView;
import org.cooperation.tracker.query.programme.culturaltour.TourLegView.LegFilmView;
import org.cooperation.tracker.query.web.RecordColumns;

/**
 * A Cultural Tour's records as CSV files, for the API and the page alike: its programme
 * editions with their legs counted by state, every leg of every programme edition
 * (exhibitions and film screenings, with the films a screening names by id), and every
 * archival film with its digitisation state.
 */
@Component
@RequiredArgsConstructor
class CulturalTourDownloads {

	/** An edition a line, with its legs counted by state: a column per state. */
	static final RecordColumns<EditionSummary> PROGRAMMES = legCounts(
			new RecordColumns<EditionSummary>().column("year", EditionSummary::year)
				.column("opened_at", EditionSummary::openedAt))
		.column("sample", EditionSummary::sample);

	static final RecordColumns<TourLegView> LEGS = new RecordColumns<TourLegView>().column("leg_id", TourLegView::legId)
		.column("year", TourLegView::year)
		.column("kind", TourLegView::kind)
		.text("title", TourLegView::title)
		.column("origin", TourLegView::origin)
		.column("host", TourLegView::host)
		.column("city", TourLegView::city)
		.column("venue", TourLegView::venue)
		.column("starts_on", TourLegView::startsOn)
		.column("ends_on", TourLegView::endsOn)
		.column("state", TourLegView::state)
		.column("film_ids", (leg) -> leg.films().stream().map(LegFilmView::filmId).toList())
		.column("confirmation_note", TourLegView::confirmationNote)
		.column("held_note", TourLegView::heldNote)
		.column("evidence", TourLegView::evidence)
		.column("cancelled_from", TourLegView::cancelledFrom)
		.column("cancellation_reason", TourLegView::cancellationReason)
		.column("planned_at", TourLegView::plannedAt)
		.column("confirmed_at", TourLegView::confirmedAt)
		.column("held_at", TourLegView::heldAt)
		.column("cancelled_at", TourLegView::cancelledAt)
		.column("sample", TourLegView::sample);

	static final RecordColumns<ArchivalFilmView> FILMS = new RecordColumns<ArchivalFilmView>()
		.column("film_id", ArchivalFilmView::filmId)
		.column("holder", ArchivalFilmView::holder)
		.text("title", ArchivalFilmView::title)
		.column("year", ArchivalFilmView::year)
		.column("digitisation_state", ArchivalFilmView::state)
		.column("state_on", ArchivalFilmView::stateOn)
		.column("digitised", ArchivalFilmView::digitised)
		.column("rights_cleared", ArchivalFilmView::rightsCleared)
		.column("registered_at", ArchivalFilmView::registeredAt)
		.column("last_recorded_at", ArchivalFilmView::lastRecordedAt)
		.column("sample", ArchivalFilmView::sample);

	private final CulturalTourQueries queries;

	private final Clock clock = Clock.systemUTC();

	void programmes(UUID initiativeId, HttpServletResponse response) throws IOException {
		PROGRAMMES.write("cultural-tour-programmes", initiativeId, queries.editions(initiativeId), clock, response);
	}

	void legs(UUID initiativeId, HttpServletResponse response) throws IOException {
		LEGS.write("cultural-tour-legs", initiativeId, queries.legs(initiativeId), clock, response);
	}

	void films(UUID initiativeId, HttpServletResponse response) throws IOException {
		FILMS.write("cultural-tour-films", initiativeId, queries.films(initiativeId, null, null), clock, response);
	}

	private static RecordColumns<EditionSummary> legCounts(RecordColumns<EditionSummary> columns) {
		for (TourLegState state : TourLegState.values()) {
			columns.column("legs_" + state.name().toLowerCase(Locale.ROOT),
					(edition) -> edition.legs().getOrDefault(state, 0L));
		}
		return columns;
	}

}
