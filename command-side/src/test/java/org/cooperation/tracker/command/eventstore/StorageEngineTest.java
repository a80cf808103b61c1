package org.cooperation.tracker.command.eventstore;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import org.cooperation.tracker.command.CommandSideIntegrationTest;
import org.cooperation.tracker.command.snapshots.SnapshotJson;
import org.cooperation.tracker.command.waits.LockWait;

/**
 * A test that builds JDBC storage engines of its own on the application's event store:
 * with the application's schema, serializers and duplicate-key resolver, so what it
 * writes and reads is what the application writes and reads; the test chooses the
 * connections, the transactions and how appends are ordered (with {@link #lockWait}).
 */
abstract class StorageEngineTest extends CommandSideIntegrationTest {

	@Autowired
	@Qualifier("eventSerializer")
	Serializer eventSerializer;

	@Autowired
	LockWait lockWait;

	/** An engine like the application's, still to be given its connections. */
	JdbcEventStorageEngine.Builder engineLikeTheApplications() {
		return JdbcEventStorageEngine.builder()
			.schema(new EventSchema())
			.snapshotSerializer(SnapshotJson.serializer())
			.eventSerializer(eventSerializer)
			.persistenceExceptionResolver(new PostgresDuplicateKeyResolver());
	}

}
