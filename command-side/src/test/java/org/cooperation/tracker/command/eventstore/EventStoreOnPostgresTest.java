package org.cooperation.tracker.command.eventstore;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import org.cooperation.tracker.command.CommandSideIntegrationTest;
import org.cooperation.tracker.eventstore.ReadHorizon;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.protocol.DirectionAgreed;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.ProtocolId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The PostgreSQL pitfalls of DESIGN.md, checked against the real schema and engine. */
class EventStoreOnPostgresTest extends CommandSideIntegrationTest {

	@Autowired
	EventStorageEngine storage;

	@Autowired
	TransactionTemplate transactions;

	private static GenericDomainEventMessage<DirectionAgreed> event(String aggregate, long sequence) {
		ProtocolId protocol = new ProtocolId(UUID.fromString(aggregate));
		return new GenericDomainEventMessage<>("Protocol", aggregate, sequence,
				new DirectionAgreed(protocol, DirectionId.random(), LocalizedText.english("Direction " + sequence)));
	}

	@Test
	void payloadsAreByteaAndNotLargeObjects() {
		List<String> types = jdbc.queryForList("SELECT data_type FROM information_schema.columns "
				+ "WHERE table_name IN ('domainevententry', 'snapshotevententry') AND column_name IN ('payload', 'metadata')",
				String.class);
		assertThat(types).hasSize(4).containsOnly("bytea");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.columns WHERE data_type = 'oid' "
				+ "AND table_schema = 'public'", Long.class))
			.isZero();
	}

	@Test
	void globalIndexSequenceStepsByOne() {
		assertThat(jdbc.queryForObject(
				"SELECT increment_by FROM pg_sequences WHERE sequencename = 'domain_event_global_index'", Long.class))
			.isEqualTo(1L);
	}

	/**
	 * A record is read in batches of {@link EventStoreConfiguration#BATCH_SIZE} and a
	 * short batch ends it: a record of exactly two batches, and one a batch and a half
	 * long, are read to their last event, from the first or from the middle (as after a
	 * snapshot).
	 */
	@Test
	void aRecordIsReadToItsLastEventAcrossBatches() {
		int batch = EventStoreConfiguration.BATCH_SIZE;
		for (int length : List.of(2 * batch, batch + batch / 2)) {
			String aggregate = UUID.randomUUID().toString();
			List<GenericDomainEventMessage<DirectionAgreed>> events = new ArrayList<>();
			for (int sequence = 0; sequence < length; sequence++) {
				events.add(event(aggregate, sequence));
			}
			transactions.executeWithoutResult((tx) -> storage.appendEvents(events));
			for (long from : List.of(0L, (long) batch / 2)) {
				List<Long> read = storage.readEvents(aggregate, from)
					.asStream()
					.map(DomainEventMessage::getSequenceNumber)
					.toList();
				assertThat(read).as("%d events from %d", length, from)
					.hasSize((int) (length - from))
					.startsWith(from)
					.endsWith(length - 1L);
			}
		}
	}

	@Test
	void duplicateAggregateSequenceBecomesConcurrencyException() {
		String aggregate = UUID.randomUUID().toString();
		transactions.executeWithoutResult((tx) -> storage.appendEvents(event(aggregate, 0), event(aggregate, 1)));
		expectRefusedStoringNothing(event(aggregate, 1), ConcurrencyException.class);
	}

	@Test
	void reusedAggregateIdentifierIsRefused() {
		String aggregate = UUID.randomUUID().toString();
		transactions.executeWithoutResult((tx) -> storage.appendEvents(event(aggregate, 0)));
		expectRefusedStoringNothing(event(aggregate, 0), AggregateStreamCreationException.class);
	}

	@Test
	void duplicateEventIdentifierIsRefused() {
		GenericDomainEventMessage<DirectionAgreed> first = event(UUID.randomUUID().toString(), 0);
		transactions.executeWithoutResult((tx) -> storage.appendEvents(first));
		assertThatThrownBy(() -> jdbc.update(
				"INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, timestamp, payloadtype, payload) "
						+ "VALUES (?, 'other', 0, 'now', 'x', '\\x00')",
				first.getIdentifier()))
			.hasMessageContaining("domainevententry_event_identifier_uk");
	}

	/**
	 * Appending the event fails with that exception, and the store holds no more than
	 * before.
	 */
	private void expectRefusedStoringNothing(GenericDomainEventMessage<?> event, Class<? extends Exception> refusal) {
		long before = storedEvents();
		assertThatThrownBy(() -> transactions.executeWithoutResult((tx) -> storage.appendEvents(event)))
			.isInstanceOf(refusal);
		assertThat(storedEvents()).isEqualTo(before);
	}

	/**
	 * A slow writer holds its transaction open after appending; a second writer appends
	 * and commits meanwhile, above it, without waiting. A reader's horizon stays below
	 * the slow writer's position until it commits, so no tracking reader ever passes a
	 * position that is still to commit; then it passes both.
	 */
	@Test
	void writersDoNotWaitForOneAnotherAndReadersWaitBelowAnOpenAppend() throws Exception {
		CountDownLatch slowAppended = new CountDownLatch(1);
		CountDownLatch releaseSlow = new CountDownLatch(1);
		AtomicLong slowIndex = new AtomicLong();
		String slowAggregate = UUID.randomUUID().toString();
		String fastAggregate = UUID.randomUUID().toString();
		CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> transactions.executeWithoutResult((tx) -> {
			storage.appendEvents(event(slowAggregate, 0));
			slowIndex.set(jdbc.queryForObject("SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ?",
					Long.class, slowAggregate));
			slowAppended.countDown();
			await().atMost(30, TimeUnit.SECONDS).until(() -> releaseSlow.getCount() == 0);
		}));
		assertThat(slowAppended.await(30, TimeUnit.SECONDS)).isTrue();
		transactions.executeWithoutResult((tx) -> storage.appendEvents(event(fastAggregate, 0)));
		Long fastIndex = jdbc.queryForObject("SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ?",
				Long.class, fastAggregate);
		assertThat(fastIndex).isGreaterThan(slowIndex.get());

		ReadHorizon horizon = new ReadHorizon(ReadHorizon.GLOBAL_INDEX_SEQUENCE);
		assertThat(jdbc.execute((ConnectionCallback<Long>) horizon::settledPosition)).isLessThan(slowIndex.get());
		assertThat(slow).isNotDone();

		releaseSlow.countDown();
		slow.get(30, TimeUnit.SECONDS);
		assertThat(jdbc.execute((ConnectionCallback<Long>) horizon::settledPosition)).isGreaterThanOrEqualTo(fastIndex);
	}

}
