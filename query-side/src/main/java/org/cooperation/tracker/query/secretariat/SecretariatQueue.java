package org.cooperation.tracker.query.secretariat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.kernel.programme.marketplace.ListingState;
import org.cooperation.tracker.query.initiative.model.InitiativeRow;
import org.cooperation.tracker.query.initiative.model.InitiativeRowRepository;
import org.cooperation.tracker.query.programme.calendar.model.CalendarSubmissionRow;
import org.cooperation.tracker.query.programme.calendar.model.CalendarSubmissionRowRepository;
import org.cooperation.tracker.query.programme.marketplace.model.CreatorListingRow;
import org.cooperation.tracker.query.programme.marketplace.model.CreatorListingRowRepository;

/**
 * What awaits the secretariat's decision across every initiative, oldest first: calendar
 * submissions to include or return, and creator listings to verify. Each item links to
 * the page whose form decides it.
 */
@Service
@RequiredArgsConstructor
public class SecretariatQueue {

	private final CalendarSubmissionRowRepository submissions;

	private final CreatorListingRowRepository listings;

	private final InitiativeRowRepository initiatives;

	/** The queue, read from one snapshot. */
	@Transactional(readOnly = true)
	public Queue queue() {
		List<CalendarSubmissionRow> submitted = submissions
			.findByStateOrderByLastChangedAtAscSubmissionIdAsc(SubmissionState.SUBMITTED);
		List<CreatorListingRow> listed = listings.findByStateOrderByListedAtAscListingIdAsc(ListingState.LISTED);
		Set<UUID> ids = new HashSet<>();
		submitted.forEach((row) -> ids.add(row.getInitiativeId()));
		listed.forEach((row) -> ids.add(row.getInitiativeId()));
		Map<UUID, LocalizedText> titles = initiatives.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(InitiativeRow::getInitiativeId, InitiativeRow::getTitle, (a, b) -> a));
		Function<UUID, LocalizedText> title = (id) -> titles.getOrDefault(id, LocalizedText.english(id.toString()));
		return new Queue(submitted.stream()
			.map((row) -> new AwaitingDecision(row.getInitiativeId(), title.apply(row.getInitiativeId()),
					row.getTitle(), row.getCountry(), row.getLastChangedAt(), "calendar/" + row.getEditionYear()))
			.toList(),
				listed.stream()
					.map((row) -> new AwaitingDecision(row.getInitiativeId(), title.apply(row.getInitiativeId()),
							new LocalizedText(row.getName(), row.getName(), row.getName()), row.getCountry(),
							row.getListedAt(), "marketplace"))
					.toList());
	}

	/**
	 * @param calendar calendar submissions awaiting inclusion or return
	 * @param listings creator listings awaiting verification
	 */
	public record Queue(List<AwaitingDecision> calendar, List<AwaitingDecision> listings) {

		public boolean isEmpty() {
			return calendar.isEmpty() && listings.isEmpty();
		}

	}

}
