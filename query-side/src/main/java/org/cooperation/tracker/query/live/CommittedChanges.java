package org.cooperation.tracker.query.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Announces what a read model's batch changed, on the channel {@value #CHANNEL}, as part
 * of the batch's own transaction. PostgreSQL delivers a NOTIFY only when its transaction
 * commits, and not at all when it rolls back, so a page never hears of a change it could
 * not read yet; and it delivers to every listening session, so the pages of every
 * query-side instance hear of it, whichever instance projected it.
 * <p>
 * Installed on every event processor ({@link LiveConfiguration}); one announcement per
 * batch, naming everything its events touched.
 */
public class CommittedChanges implements MessageHandlerInterceptor<EventMessage<?>> {

	/** The channel the announcements go to, and {@link ChangeListener} listens on. */
	public static final String CHANNEL = "tracker_read_models";

	private static final String BATCH_CHANGE = CommittedChanges.class.getName() + ".change";

	private final ObjectProvider<JdbcTemplate> jdbc;

	private final ObjectProvider<ObjectMapper> json;

	/**
	 * Given its resources lazily: Axon builds the interceptors while it is being
	 * configured, before the data source exists.
	 */
	public CommittedChanges(ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<ObjectMapper> json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
			throws Exception {
		Object result = interceptorChain.proceed();
		ReadModelChange change = changeOf(unitOfWork.getMessage());
		// A tracking processor's batch is one unit of work over all its events, and its
		// resources are shared by them: the first event registers the one announcement.
		ReadModelChange[] batch = unitOfWork.getOrComputeResource(BATCH_CHANGE, (key) -> {
			ReadModelChange[] collected = new ReadModelChange[1];
			unitOfWork.onPrepareCommit((committing) -> announce(collected[0]));
			return collected;
		});
		batch[0] = (batch[0] != null) ? batch[0].and(change) : change.bounded();
		return result;
	}

	/**
	 * What the event touches; anything when its payload cannot be read. A poison event
	 * the projections parked (see the dead letters) must not stop its processor here:
	 * reading the payload again would throw the same error outside the projection's
	 * handling.
	 */
	private static ReadModelChange changeOf(EventMessage<?> event) {
		try {
			return ReadModelChange.of(event.getPayload());
		}
		catch (RuntimeException unreadable) {
			return ReadModelChange.ANYTHING;
		}
	}

	/**
	 * Sends the change on the current transaction's connection; delivered at its commit.
	 */
	void announce(ReadModelChange change) {
		if (change == null) {
			return;
		}
		try {
			jdbc.getObject()
				.queryForList("SELECT pg_notify(?, ?)", CHANNEL, json.getObject().writeValueAsString(change));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("a read-model change could not be written as JSON", ex);
		}
	}

}
