package org.cooperation.tracker.query.programme.brand.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.query.programme.brand.DraftView;
import org.cooperation.tracker.query.programme.brand.MeetingView;
import org.cooperation.tracker.query.programme.brand.MemberView;
import org.cooperation.tracker.query.programme.brand.WorkingGroupQueries;
import org.cooperation.tracker.query.programme.brand.WorkingGroupView;
import org.cooperation.tracker.query.programme.brand.WorkingGroupView.PositionView;
import org.cooperation.tracker.query.web.RecordColumns;

/**
 * A brand working group's records as CSV files, for the API and the page alike: its
 * members present and former, its meetings, its concept drafts, and every participating
 * country's position on each draft; each as the group's JSON holds it.
 */
@Component
@RequiredArgsConstructor
class WorkingGroupDownloads {

	static final RecordColumns<MemberView> MEMBERS = new RecordColumns<MemberView>()
		.column("member_id", MemberView::memberId)
		.column("country", MemberView::country)
		.column("name", MemberView::name)
		.column("position", MemberView::position)
		.column("role", MemberView::role)
		.column("joined_on", MemberView::joinedOn)
		.column("predecessor_id", MemberView::predecessorId)
		.column("departure", MemberView::departure)
		.column("left_on", MemberView::leftOn)
		.column("successor_id", MemberView::successorId)
		.column("departure_note", MemberView::departureNote)
		.column("sample", MemberView::sample);

	static final RecordColumns<MeetingView> MEETINGS = new RecordColumns<MeetingView>()
		.column("meeting_id", MeetingView::meetingId)
		.column("held_on", MeetingView::heldOn)
		.column("place", MeetingView::place)
		.column("attending", MeetingView::attending)
		.column("decisions", MeetingView::decisions)
		.column("minutes_url", (meeting) -> (meeting.minutes() != null) ? meeting.minutes().url() : null)
		.column("minutes_sha256", (meeting) -> (meeting.minutes() != null) ? meeting.minutes().sha256() : null)
		.column("sample", MeetingView::sample);

	static final RecordColumns<DraftView> DRAFTS = new RecordColumns<DraftView>().column("version", DraftView::version)
		.column("title", DraftView::title)
		.column("url", (draft) -> draft.document().url())
		.column("sha256", (draft) -> draft.document().sha256())
		.column("submitted_on", DraftView::submittedOn)
		.column("latest", DraftView::latest)
		.column("sample", DraftView::sample);

	static final RecordColumns<DraftPosition> POSITIONS = new RecordColumns<DraftPosition>()
		.column("version", DraftPosition::version)
		.column("latest", DraftPosition::latest)
		.column("country", (position) -> position.position().country())
		.column("decision", (position) -> position.position().decision())
		.column("decided_on", (position) -> position.position().decidedOn())
		.column("note", (position) -> position.position().note())
		.column("sample", (position) -> position.position().sample());

	private final WorkingGroupQueries queries;

	private final Clock clock = Clock.systemUTC();

	/** Present members by country, then former ones, as the roster lists them. */
	void members(UUID initiativeId, HttpServletResponse response) throws IOException {
		MEMBERS.write("working-group-members", initiativeId,
				of(initiativeId,
						(group) -> group.roster()
							.stream()
							.flatMap((country) -> Stream.concat(country.members().stream(), country.former().stream()))
							.toList()),
				clock, response);
	}

	void meetings(UUID initiativeId, HttpServletResponse response) throws IOException {
		MEETINGS.write("working-group-meetings", initiativeId, of(initiativeId, WorkingGroupView::meetings), clock,
				response);
	}

	void drafts(UUID initiativeId, HttpServletResponse response) throws IOException {
		DRAFTS.write("working-group-concept-drafts", initiativeId, of(initiativeId, WorkingGroupView::drafts), clock,
				response);
	}

	/** A line per draft and participating country, none taken included. */
	void positions(UUID initiativeId, HttpServletResponse response) throws IOException {
		POSITIONS.write("working-group-positions", initiativeId,
				of(initiativeId,
						(group) -> group.positions()
							.stream()
							.flatMap((draft) -> draft.countries()
								.stream()
								.map((position) -> new DraftPosition(draft.version(), draft.latest(), position)))
							.toList()),
				clock, response);
	}

	private <T> List<T> of(UUID initiativeId, Function<WorkingGroupView, List<T>> records) {
		return records.apply(queries.workingGroup(initiativeId).view());
	}

	/** One country's position on one version of the concept draft. */
	record DraftPosition(int version, boolean latest, PositionView position) {
	}

}
