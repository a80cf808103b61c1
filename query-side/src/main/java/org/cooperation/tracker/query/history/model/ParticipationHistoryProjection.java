package org.cooperation.tracker.query.history.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.initiative.ParticipationStatusChanged;
import org.cooperation.tracker.kernel.initiative.ProgressReported;
import org.cooperation.tracker.query.common.PrefetchingProjection;
import org.cooperation.tracker.query.common.Recorded;

import org.cooperation.tracker.query.common.ReadModelTables;

import org.springframework.stereotype.Component;

/**
 * Projects every status change and progress report into the participation history. Rows
 * are keyed by the event identifier, so an event delivered twice is written once.
 */
@Component
@ReadModelTables({ "rm_participation_history" })
@ProcessingGroup(ParticipationHistoryProjection.PROCESSING_GROUP)
@RequiredArgsConstructor
public class ParticipationHistoryProjection implements PrefetchingProjection {

	public static final String PROCESSING_GROUP = "participation-history";

	private final HistoryEntryRowRepository entries;

	@EventHandler
	public void on(InitiativeProposed event, @MessageIdentifier String eventId, Recorded recorded) {
		Set<Country> countries = (event.participants() != null) ? event.participants() : Set.of();
		for (Country country : countries) {
			record(HistoryEntryRow.proposed(eventId, country, event.initiativeId().value(), recorded));
		}
	}

	@EventHandler
	public void on(ParticipationStatusChanged event, @MessageIdentifier String eventId, Recorded recorded) {
		record(HistoryEntryRow.statusChanged(eventId, event.country(), event.initiativeId().value(), event.from(),
				event.to(), event.effectiveOn(), event.note(), urls(event.evidence()), recorded));
	}

	@EventHandler
	public void on(ProgressReported event, @MessageIdentifier String eventId, Recorded recorded) {
		UUID reportId = (event.reportId() != null) ? event.reportId().value() : null;
		record(HistoryEntryRow.progressReported(eventId, event.country(), event.initiativeId().value(), reportId,
				event.percent().value(), event.asOf(), event.note(), urls(event.evidence()), recorded));
	}

	/**
	 * The batch's entries, one query: in a catch-up or a replay none is there yet, and
	 * each would otherwise cost a select to find so.
	 */
	@Override
	public void prefetch(List<? extends EventMessage<?>> events) {
		Set<HistoryKey> keys = new HashSet<>();
		PrefetchingProjection
			.ofTypes(events, InitiativeProposed.class, ParticipationStatusChanged.class, ProgressReported.class)
			.forEach((event) -> {
				if (event.getPayload() instanceof InitiativeProposed proposed) {
					if (proposed.participants() != null) {
						proposed.participants()
							.forEach((country) -> keys.add(new HistoryKey(event.getIdentifier(), country)));
					}
				}
				else if (event.getPayload() instanceof ParticipationStatusChanged changed) {
					keys.add(new HistoryKey(event.getIdentifier(), changed.country()));
				}
				else if (event.getPayload() instanceof ProgressReported reported) {
					keys.add(new HistoryKey(event.getIdentifier(), reported.country()));
				}
			});
		Set<String> eventIds = keys.stream().map(HistoryKey::eventId).collect(Collectors.toSet());
		entries.prefetch(keys, () -> entries.findByEventIdIn(eventIds), HistoryEntryRow::key);
	}

	@ResetHandler
	public void reset() {
		entries.deleteAllInBatch();
	}

	private void record(HistoryEntryRow row) {
		entries.saveIfAbsent(row.key(), () -> row);
	}

	private static List<String> urls(List<EvidenceLink> evidence) {
		return (evidence != null) ? evidence.stream().map(link -> link.url().toString()).toList() : List.of();
	}

}
