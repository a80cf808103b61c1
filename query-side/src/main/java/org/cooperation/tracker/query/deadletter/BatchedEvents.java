package org.cooperation.tracker.query.deadletter;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cooperation.tracker.access.problem.DatabaseUnavailable;
import org.cooperation.tracker.query.common.BatchPrefetch;
import org.cooperation.tracker.query.common.WithoutEventSavepoints;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Applies a processor's batch of events as a whole first, and event by event only when
 * that fails: the isolation of {@link EventSavepoints} at the price of a batch's writes.
 * <p>
 * Each event in a savepoint with a flush of its own costs a round trip for the savepoint
 * and one for each row the event changed, every flush dirty-checks everything the batch
 * has read so far, and rows of the same table never share a JDBC batch. So a batch of two
 * or more events is first applied in one savepoint with no flush between its events: its
 * rows are written at the end in JDBC batches, ordered by table
 * ({@code hibernate.jdbc.batch_size}, {@code order_updates}). If anything fails meanwhile
 * (a handler throws, or the database refuses a row, at the end or at a query's
 * auto-flush, in whichever event's handler that happens to be), nothing is parked yet:
 * the batch goes back to its savepoint and the events applied so far are applied again,
 * one by one, each in its savepoint, as are the events after them, so that the event at
 * fault is parked as its own failure and every other one is applied. The token and the
 * batch's announcement of changes are outside that savepoint and stay.
 * <p>
 * A batch of one event goes straight to its savepoint: trying it whole first would only
 * double the work of a failure. Neither is needed in a replay, which fails whole
 * ({@link WithoutEventSavepoints}).
 */
class BatchedEvents implements MessageHandlerInterceptor<EventMessage<?>> {

	private static final Logger log = LoggerFactory.getLogger(BatchedEvents.class);

	private static final String ATTEMPT = BatchedEvents.class.getName() + ".attempt";

	/** Whether this thread applies an event as part of a batch tried whole. */
	private static final ThreadLocal<Boolean> ATTEMPTING = ThreadLocal.withInitial(() -> false);

	private final String processorName;

	private final EventProcessingConfiguration processing;

	private final ObjectProvider<DataSource> dataSource;

	private final ObjectProvider<EntityManagerFactory> entityManagerFactory;

	private final ObjectProvider<MeterRegistry> meters;

	private final ObjectProvider<BatchPrefetch> prefetch;

	/** Axon's name of the unit of work's resource that holds the segment's number. */
	private final String segmentResource;

	private volatile Counter appliedWhole;

	private volatile Counter appliedEventByEvent;

	BatchedEvents(String processorName, EventProcessingConfiguration processing, ObjectProvider<DataSource> dataSource,
			ObjectProvider<EntityManagerFactory> entityManagerFactory, ObjectProvider<MeterRegistry> meters,
			ObjectProvider<BatchPrefetch> prefetch) {
		this.processorName = processorName;
		this.processing = processing;
		this.dataSource = dataSource;
		this.entityManagerFactory = entityManagerFactory;
		this.meters = meters;
		this.prefetch = prefetch;
		this.segmentResource = "Processor[" + processorName + "]/SegmentId";
	}

	/**
	 * Whether this thread applies events of a batch tried whole: their failures are the
	 * batch's, to be retried event by event ({@link ParkingPolicy}), and they get no
	 * savepoint of their own ({@link EventSavepoints}).
	 */
	static boolean attempting() {
		return ATTEMPTING.get();
	}

	@Override
	public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
		if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.getMessages().size() < 2) {
			return chain.proceed();
		}
		Attempt attempt = unitOfWork.getOrComputeResource(ATTEMPT, (key) -> begin(unitOfWork));
		if (attempt.given()) {
			return chain.proceed();
		}
		Object result = null;
		Exception failure = null;
		ATTEMPTING.set(true);
		try {
			result = chain.proceed();
		}
		catch (Exception ex) {
			failure = ex;
		}
		finally {
			ATTEMPTING.set(false);
		}
		if (failure == null && batch.isLastMessage()) {
			try {
				attempt.savepoint().flush();
			}
			catch (RuntimeException ex) {
				failure = ex;
			}
		}
		if (failure != null) {
			eventByEvent(attempt, batch, failure);
			return null;
		}
		if (batch.isLastMessage()) {
			count(true);
		}
		return result;
	}

	/**
	 * Tries the batch whole from here, in a savepoint, when it can go back to it and
	 * apply the events one by one: inside the application's transaction, with the
	 * processor's segment known, and outside a replay.
	 */
	private Attempt begin(UnitOfWork<? extends EventMessage<?>> unitOfWork) {
		if (WithoutEventSavepoints.inForce()) {
			return Attempt.GIVEN_UP;
		}
		Optional<Segment> segment = segment(unitOfWork);
		if (segment.isEmpty()) {
			return Attempt.GIVEN_UP;
		}
		try {
			ReadModelSavepoint savepoint = ReadModelSavepoint.set(dataSource.getObject(),
					entityManagerFactory.getObject());
			if (savepoint == null) {
				return Attempt.GIVEN_UP;
			}
			// Read ahead inside the savepoint: what the batch then finds in the
			// persistence context goes when it is taken back, with the rest.
			prefetch.ifAvailable((rows) -> rows.prefetch(processorName,
					((BatchingUnitOfWork<? extends EventMessage<?>>) unitOfWork).getMessages()));
			return new Attempt(savepoint, segment.get());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("no savepoint for the batch of " + processorName, ex);
		}
	}

	/**
	 * The segment the batch belongs to, which applying an event needs; none while the
	 * segment is being merged, when Axon processes its events one at a time anyway.
	 */
	private Optional<Segment> segment(UnitOfWork<? extends EventMessage<?>> unitOfWork) {
		Integer segmentId = unitOfWork.getResource(segmentResource);
		if (segmentId == null) {
			return Optional.empty();
		}
		return processing.eventProcessor(processorName, TrackingEventProcessor.class)
			.map((processor) -> processor.processingStatus().get(segmentId))
			.filter((status) -> !status.isMerging())
			.map(EventTrackerStatus::getSegment);
	}

	/**
	 * Takes the batch back to its savepoint and applies the events up to the current one
	 * again, each in its savepoint and with its failure its own; the later events follow
	 * the same way as they come. A lost database is nobody's fault: the batch fails and
	 * the processor retries it, as without batching.
	 */
	private void eventByEvent(Attempt attempt, BatchingUnitOfWork<?> batch, Exception caught) throws Exception {
		Exception failure = (caught instanceof FailedInBatch inBatch && inBatch.getCause() instanceof Exception cause)
				? cause : caught;
		if (DatabaseUnavailable.causedBy(failure) || !attempt.savepoint().rollBack(failure)) {
			throw failure;
		}
		attempt.giveUp();
		count(false);
		Object current = batch.getMessage();
		List<?> events = batch.getMessages();
		log.info("A batch of {} events of {} failed ({}); applying them one by one", events.size(), processorName,
				firstLine(failure));
		EventHandlerInvoker handlers = processing.eventProcessor(processorName, TrackingEventProcessor.class)
			.orElseThrow()
			.eventHandlerInvoker();
		for (Object event : events) {
			handlers.handle((EventMessage<?>) event, attempt.segment());
			if (event == current) {
				return;
			}
		}
	}

	/** What failed, in a line: the innermost cause, which says most. */
	private static String firstLine(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String text = cause.toString();
		int end = text.indexOf('\n');
		return (end < 0) ? text : text.substring(0, end);
	}

	/**
	 * Counts the batch in {@code tracker.projection.batches}, by how it was applied: a
	 * batch counted event by event had a failure, which may still have been a lost
	 * database.
	 */
	private void count(boolean whole) {
		if (appliedWhole == null) {
			MeterRegistry registry = meters.getIfAvailable();
			if (registry == null) {
				return;
			}
			appliedEventByEvent = counter(registry, "event-by-event");
			appliedWhole = counter(registry, "whole");
		}
		(whole ? appliedWhole : appliedEventByEvent).increment();
	}

	private Counter counter(MeterRegistry registry, String applied) {
		return Counter.builder("tracker.projection.batches")
			.description("batches of two or more events, applied whole or, after a failure, event by event")
			.tag("processor", processorName)
			.tag("applied", applied)
			.register(registry);
	}

	/**
	 * A failure of an event in a batch tried whole: not the event's to park yet, but the
	 * batch's, which is then applied event by event.
	 */
	static final class FailedInBatch extends RuntimeException {

		FailedInBatch(Throwable cause) {
			super(cause.getMessage(), cause, false, false);
		}

	}

	/** A batch tried whole, until it is given up for event by event. */
	private static final class Attempt {

		static final Attempt GIVEN_UP = new Attempt(null, null);

		private final ReadModelSavepoint savepoint;

		private final Segment segment;

		private boolean given;

		private Attempt(ReadModelSavepoint savepoint, Segment segment) {
			this.savepoint = savepoint;
			this.segment = segment;
			this.given = savepoint == null;
		}

		ReadModelSavepoint savepoint() {
			return savepoint;
		}

		Segment segment() {
			return segment;
		}

		boolean given() {
			return given;
		}

		void giveUp() {
			given = true;
		}

	}

}
