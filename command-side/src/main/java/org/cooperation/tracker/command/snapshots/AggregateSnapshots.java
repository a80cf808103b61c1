package org.cooperation.tracker.command.snapshots;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Every aggregate names {@link #TRIGGER} as its snapshot trigger (an architecture test
 * checks it): after {@code tracker.command.snapshot-every} events loaded or applied since
 * the latest snapshot, Axon stores the record's whole state, and the next command loads
 * that and only the events after it.
 * <p>
 * Snapshots are taken on a thread of their own, after the command's transaction has
 * committed, in a transaction of their own. A snapshot reads the record's whole history
 * (the very cost it saves every later command), so taken in the request thread it would
 * make one write in every {@code snapshot-every} as slow as before; and a failed one (a
 * lost connection, a serialisation fault) is logged by Axon and changes nothing but the
 * next load's length, never a command's answer. One thread and a short queue: at most one
 * pooled connection goes to snapshots, and when the queue is full a request to snapshot
 * is dropped, since the next command on that record asks again.
 * <p>
 * The rule for changing an aggregate: a snapshot is the aggregate's fields as JSON
 * ({@link SnapshotJson}), so whenever an aggregate's fields change (added, removed,
 * renamed, retyped, or the meaning of a value), bump its {@code @Revision}. Axon then
 * ignores snapshots of the older revision (its {@code RevisionSnapshotFilter}, which it
 * sets up for every aggregate with a {@code @Revision}) and replays the record's events,
 * which are never rewritten; the next snapshot is of the new shape. A snapshot that
 * cannot be read is likewise ignored. {@code SnapshotShapeTest} fails when the fields
 * change and the revision does not.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateSnapshots {

	/**
	 * The bean every {@code @Aggregate} names as its {@code snapshotTriggerDefinition}.
	 */
	public static final String TRIGGER = "snapshotEveryFewEvents";

	/** Snapshot requests waiting for the snapshot thread; more are dropped. */
	private static final int QUEUED_AT_MOST = 64;

	@Bean(TRIGGER)
	SnapshotTriggerDefinition snapshotEveryFewEvents(Snapshotter snapshotter,
			@Value("${tracker.command.snapshot-every:50}") int threshold) {
		return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
	}

	/**
	 * Axon's Spring snapshotter as its auto-configuration builds it, with the executor
	 * below instead of the request's thread.
	 */
	@Bean
	SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration configuration,
			HandlerDefinition handlerDefinition, ParameterResolverFactory parameterResolverFactory,
			EventStore eventStore, TransactionManager transactionManager, SnapshotterSpanFactory spanFactory,
			SnapshotThread snapshotThread) {
		return SpringAggregateSnapshotter.builder()
			.repositoryProvider(configuration::repository)
			.transactionManager(transactionManager)
			.eventStore(eventStore)
			.parameterResolverFactory(parameterResolverFactory)
			.handlerDefinition(handlerDefinition)
			.spanFactory(spanFactory)
			.executor(snapshotThread.executor())
			.build();
	}

	@Bean
	SnapshotThread snapshotThread() {
		return new SnapshotThread(
				new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUED_AT_MOST),
						new CustomizableThreadFactory("aggregate-snapshots-"), new ThreadPoolExecutor.DiscardPolicy()));
	}

	/**
	 * The snapshots' thread, stopped with the application. Not a bean of type Executor:
	 * one would take the place of Spring Boot's own task executor.
	 */
	record SnapshotThread(ThreadPoolExecutor executor) implements DisposableBean {

		@Override
		public void destroy() {
			executor.shutdown();
		}

	}

}
