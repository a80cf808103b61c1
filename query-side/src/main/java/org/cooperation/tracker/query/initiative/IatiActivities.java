package org.cooperation.tracker.query.initiative;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.cooperation.tracker.kernel.initiative.IatiActivityStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.query.history.model.HistoryEntryRow;
import org.cooperation.tracker.query.history.model.HistoryEntryRowRepository;
import org.cooperation.tracker.query.history.model.HistoryEntryType;
import org.cooperation.tracker.query.initiative.model.InitiativeRow;
import org.cooperation.tracker.query.initiative.model.InitiativeRowRepository;
import org.cooperation.tracker.query.initiative.model.ParticipantRow;
import org.cooperation.tracker.query.initiative.model.ParticipantRowRepository;
import org.cooperation.tracker.query.protocol.model.ProtocolRow;
import org.cooperation.tracker.query.protocol.model.ProtocolRowRepository;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every initiative as an IATI activity, handed over one at a time so that a file of
 * thousands is written in constant memory: the initiatives are read a page at a time
 * (keyset, in the order they were proposed) with their participants and history in two
 * statements per page, and the persistence context is emptied after each page.
 */
@Service
public class IatiActivities {

	/** Initiatives read per page: three statements per hundred initiatives. */
	public static final int PAGE = 100;

	private final InitiativeRowRepository initiatives;

	private final ParticipantRowRepository participants;

	private final HistoryEntryRowRepository history;

	private final ProtocolRowRepository protocols;

	private final EntityManager entities;

	private final Clock clock = Clock.systemUTC();

	public IatiActivities(InitiativeRowRepository initiatives, ParticipantRowRepository participants,
			HistoryEntryRowRepository history, ProtocolRowRepository protocols, EntityManager entities) {
		this.initiatives = initiatives;
		this.participants = participants;
		this.history = history;
		this.protocols = protocols;
		this.entities = entities;
	}

	/**
	 * Hands each initiative to {@code each}, in the order they were proposed. One
	 * snapshot of the read models serves the whole file (repeatable read), so an
	 * initiative changed while the file is written appears as it was when it began.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void each(Consumer<IatiActivity> each) {
		LocalDate today = LocalDate.now(clock);
		// A protocol per meeting: a few dozen rows however many initiatives there are.
		Map<UUID, LocalDate> meetingDays = protocols.findAll()
			.stream()
			.filter((protocol) -> protocol.getMeetingDate() != null)
			.collect(Collectors.toMap(ProtocolRow::getProtocolId, ProtocolRow::getMeetingDate));
		ScrollPosition position = ScrollPosition.keyset();
		Window<InitiativeRow> page;
		do {
			page = initiatives.findAllByOrderByProposedAtAscInitiativeIdAsc((KeysetScrollPosition) position,
					Limit.of(PAGE));
			List<UUID> ids = page.stream().map(InitiativeRow::getInitiativeId).toList();
			if (!ids.isEmpty()) {
				Map<UUID, List<ParticipantRow>> participantsOf = participants.findByInitiativeIdIn(ids)
					.stream()
					.collect(Collectors.groupingBy(ParticipantRow::getInitiativeId));
				Map<UUID, List<HistoryEntryRow>> historyOf = history.findByInitiativeIdIn(ids)
					.stream()
					.collect(Collectors.groupingBy(HistoryEntryRow::getInitiativeId));
				for (InitiativeRow initiative : page) {
					UUID id = initiative.getInitiativeId();
					each.accept(activity(initiative, participantsOf.getOrDefault(id, List.of()),
							historyOf.getOrDefault(id, List.of()), meetingDays, today));
				}
				position = page.positionAt(page.size() - 1);
			}
			entities.clear();
		}
		while (page.hasNext());
	}

	private static IatiActivity activity(InitiativeRow initiative, List<ParticipantRow> participants,
			List<HistoryEntryRow> entries, Map<UUID, LocalDate> meetingDays, LocalDate today) {
		List<ParticipantRow> byCountry = participants.stream()
			.sorted(Comparator.comparing(ParticipantRow::getCountry))
			.toList();
		IatiActivityStatus status = OverallActivityStatus
			.of(byCountry.stream().map(ParticipantRow::getStatus).toList());
		LocalDate putForwardOn = meetingDays.getOrDefault(initiative.getProtocolId(),
				LocalDate.ofInstant(initiative.getProposedAt(), ZoneOffset.UTC));
		List<HistoryEntryRow> statusChanges = ofType(entries, HistoryEntryType.STATUS_CHANGED);
		Instant lastUpdated = Stream
			.concat(Stream.of(initiative.getProposedAt()), byCountry.stream().map(ParticipantRow::getLastRecordedAt))
			.filter(Objects::nonNull)
			.max(Instant::compareTo)
			.orElseThrow();
		return new IatiActivity(initiative.getInitiativeId(), initiative.getKind(), initiative.getTitle(),
				initiative.getDescription(), putForwardOn, byCountry.stream().map(ParticipantRow::getCountry).toList(),
				byCountry.stream()
					.filter((participant) -> participant.getStatus() != ParticipationStatus.DECLINED)
					.map(ParticipantRow::getCountry)
					.toList(),
				status, ActivityDates.of(statusChanges, status, putForwardOn, today),
				ProgressPeriods.of(ofType(entries, HistoryEntryType.PROGRESS_REPORTED)), lastUpdated);
	}

	private static List<HistoryEntryRow> ofType(List<HistoryEntryRow> entries, HistoryEntryType type) {
		return entries.stream().filter((entry) -> entry.getEntryType() == type).toList();
	}

}
