package org.cooperation.tracker.query.programme.calendar.web;

import java.io.IOException;
import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.query.programme.calendar.CalendarEventView;
import org.cooperation.tracker.query.programme.calendar.CalendarQueries;
import org.cooperation.tracker.query.web.RecordColumns;

/**
 * The calendar's submissions as a CSV file, for the API and the page alike: every
 * submission in any state, as the JSON list of submissions gives them.
 */
@Component
@RequiredArgsConstructor
class CalendarDownloads {

	static final RecordColumns<CalendarEventView> SUBMISSIONS = new RecordColumns<CalendarEventView>()
		.column("submission_id", CalendarEventView::submissionId)
		.column("country", CalendarEventView::country)
		.column("edition_year", CalendarEventView::editionYear)
		.text("title", CalendarEventView::title)
		.column("event_type", CalendarEventView::type)
		.column("city", CalendarEventView::city)
		.column("start_date", CalendarEventView::startDate)
		.column("end_date", CalendarEventView::endDate)
		.column("organiser", CalendarEventView::organiser)
		.column("link", CalendarEventView::link)
		.text("description", CalendarEventView::description)
		.column("state", CalendarEventView::state)
		.column("state_reason", CalendarEventView::stateReason)
		.column("revision", CalendarEventView::revision)
		.column("last_changed_at", CalendarEventView::lastChangedAt)
		.column("sample", CalendarEventView::sample);

	private final CalendarQueries queries;

	private final Clock clock = Clock.systemUTC();

	void submissions(UUID initiativeId, HttpServletResponse response) throws IOException {
		SUBMISSIONS.write("calendar-submissions", initiativeId, queries.submissions(initiativeId), clock, response);
	}

}
