package org.cooperation.tracker.query.programme.calendar.model;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;

import org.cooperation.tracker.query.common.ReadModelRepository;

/** Calendar submissions, by initiative and edition. */
public interface CalendarSubmissionRowRepository extends ReadModelRepository<CalendarSubmissionRow, UUID> {

	/** An edition's submissions in calendar order. */
	List<CalendarSubmissionRow> findByInitiativeIdAndEditionYearOrderByStartDateAscEndDateAscCountryAscSubmissionIdAsc(
			UUID initiativeId, int editionYear);

	List<CalendarSubmissionRow> findByInitiativeIdOrderBySubmittedAtAscSubmissionIdAsc(UUID initiativeId);

	/** One country's submissions in one state, across all initiatives. */
	List<CalendarSubmissionRow> findByCountryAndState(Country country, SubmissionState state);

	/** The edition years that have submissions, latest first. */
	@Query("select distinct s.editionYear from CalendarSubmissionRow s where s.initiativeId = :initiativeId "
			+ "order by s.editionYear desc")
	List<Integer> editionYears(UUID initiativeId);

	/** How many submissions each country has in each state, per initiative. */
	@Query("select s.initiativeId as initiativeId, s.country as country, s.state as state, count(s) as submissions "
			+ "from CalendarSubmissionRow s where s.initiativeId in :initiativeIds "
			+ "group by s.initiativeId, s.country, s.state")
	List<StateCount> countByCountryAndState(Collection<UUID> initiativeIds);

	/** One country's count of submissions in one state, on one initiative. */
	interface StateCount {

		UUID getInitiativeId();

		Country getCountry();

		SubmissionState getState();

		long getSubmissions();

	}

	/** Every submission in that state, oldest change first (the secretariat's queue). */
	List<CalendarSubmissionRow> findByStateOrderByLastChangedAtAscSubmissionIdAsc(SubmissionState state);

}
