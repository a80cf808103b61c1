package org.cooperation.tracker.query.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.postgresql.PGNotification;

import org.cooperation.tracker.query.common.PostgresListener;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Hears the read models' committed changes ({@link CommittedChanges}) and hands them to
 * the open streams. After its connection was lost and opened again it tells the pages
 * that anything may have changed, since what was announced meanwhile was not heard. It
 * keeps the read models' {@link ReadModelGeneration}: known while it listens, moved on by
 * every announcement.
 */
@Component
class ChangeListener extends PostgresListener {

	static final String APPLICATION_NAME = "tracker-query-side-live";

	private final LiveStreams streams;

	private final ReadModelGeneration generation;

	private final ObjectMapper json;

	ChangeListener(LiveStreams streams, ReadModelGeneration generation, ObjectMapper json,
			DataSourceProperties dataSource) {
		super(dataSource, CommittedChanges.CHANNEL, APPLICATION_NAME, "Read-model change notifications");
		this.streams = streams;
		this.generation = generation;
		this.json = json;
	}

	@Override
	protected void listening(boolean again) {
		generation.listening();
		if (again) {
			streams.changed(ReadModelChange.ANYTHING);
		}
	}

	@Override
	protected void heard(PGNotification[] received) {
		generation.changed();
		for (PGNotification notification : received) {
			streams.changed(read(notification.getParameter()));
		}
	}

	@Override
	protected void deaf() {
		generation.deaf();
	}

	private ReadModelChange read(String payload) {
		try {
			return json.readValue(payload, ReadModelChange.class);
		}
		catch (JsonProcessingException ex) {
			// Another version's announcement, say: what it touched is unknown.
			return ReadModelChange.ANYTHING;
		}
	}

}
