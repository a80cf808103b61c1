package org.cooperation.tracker.query.deadletter;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

import org.springframework.stereotype.Component;

/**
 * The parked events of every processing group: listed for admins and the health endpoint,
 * retried by an admin or by {@link AutomaticRetries}.
 */
@Component
public class DeadLetters {

	/**
	 * One retry run takes at most this many sequences, so a long queue never holds a
	 * request (or the scheduler) for long.
	 */
	static final int SEQUENCES_PER_RUN = 100;

	private final EventProcessingConfiguration processing;

	private final Clock clock;

	DeadLetters(EventProcessingConfiguration processing) {
		this.processing = processing;
		this.clock = Clock.systemUTC();
	}

	/** The processing groups with a dead-letter queue. */
	public List<String> processors() {
		return processing.eventProcessors()
			.keySet()
			.stream()
			.filter(group -> queue(group).isPresent())
			.sorted()
			.toList();
	}

	/** How many events the group has parked. */
	public long parkedIn(String group) {
		return queue(group).map(SequencedDeadLetterQueue::size).orElse(0L);
	}

	public List<ParkedEvent> parked(String group) {
		List<ParkedEvent> found = new ArrayList<>();
		queue(group).ifPresent(queue -> {
			for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
				for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
					found.add(describe(group, letter));
				}
			}
		});
		return found;
	}

	/**
	 * Retries every parked sequence of the group once, oldest first; a sequence that
	 * fails again stays parked with one more failed attempt. Returns how many sequences
	 * were applied completely.
	 */
	public int retry(String group) {
		Instant started = clock.instant();
		return retry(group, letter -> letter.lastTouched().isBefore(started) || letter.lastTouched().equals(started));
	}

	int retry(String group, Predicate<DeadLetter<? extends EventMessage<?>>> which) {
		Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor = processing
			.sequencedDeadLetterProcessor(group);
		if (processor.isEmpty()) {
			return 0;
		}
		int applied = 0;
		// A sequence that fails again is touched now and so matches no more: each one is
		// tried at most once per run.
		for (int run = 0; run < SEQUENCES_PER_RUN && anyMatching(group, which); run++) {
			if (processor.get().process(which::test)) {
				applied++;
			}
		}
		return applied;
	}

	private boolean anyMatching(String group, Predicate<DeadLetter<? extends EventMessage<?>>> which) {
		return queue(group).map(queue -> {
			for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
				for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
					// A sequence is taken up by its first letter.
					if (which.test(letter)) {
						return true;
					}
					break;
				}
			}
			return false;
		}).orElse(false);
	}

	private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String group) {
		return processing.deadLetterQueue(group);
	}

	private static ParkedEvent describe(String group, DeadLetter<? extends EventMessage<?>> letter) {
		EventMessage<?> event = letter.message();
		String aggregateId = (event instanceof DomainEventMessage<?> domain) ? domain.getAggregateIdentifier() : null;
		Long aggregateSequence = (event instanceof DomainEventMessage<?> domain) ? domain.getSequenceNumber() : null;
		String sequence = (letter instanceof JdbcDeadLetter<?> jdbc) ? jdbc.getSequenceIdentifier() : aggregateId;
		return new ParkedEvent(group, sequence, event.getIdentifier(), event.getPayloadType().getName(), aggregateId,
				aggregateSequence, letter.cause().map(cause -> cause.type()).orElse(null),
				letter.cause().map(cause -> cause.message()).orElse(null), ParkingPolicy.failedAttempts(letter),
				letter.enqueuedAt(), letter.lastTouched());
	}

}
