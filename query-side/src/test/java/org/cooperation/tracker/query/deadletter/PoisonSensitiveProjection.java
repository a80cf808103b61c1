package org.cooperation.tracker.query.deadletter;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import org.cooperation.tracker.kernel.protocol.DirectionAgreed;
import org.cooperation.tracker.kernel.protocol.ProtocolRecorded;

/**
 * A test's read model with a bug: it cannot apply a protocol recorded at the
 * {@link #POISONED_PLACE} until the bug is {@link #fix() fixed}, nor ever one at the
 * {@link #UNMAPPABLE_PLACE}. It records what it applied, in order, in memory: an event
 * applied again after its batch failed is recorded again.
 */
@ProcessingGroup(PoisonSensitiveProjection.PROCESSING_GROUP)
class PoisonSensitiveProjection {

	static final String PROCESSING_GROUP = "poison-sensitive";

	static final String POISONED_PLACE = "Nowhere-on-the-map";

	static final String UNMAPPABLE_PLACE = "Beyond-every-map";

	private final List<String> applied = new CopyOnWriteArrayList<>();

	private volatile boolean fixed;

	@EventHandler
	void on(ProtocolRecorded event) {
		if ((POISONED_PLACE.equals(event.place()) && !fixed) || UNMAPPABLE_PLACE.equals(event.place())) {
			throw new IllegalStateException("no map entry for the place " + event.place());
		}
		applied.add("recorded " + event.protocolId());
	}

	@EventHandler
	void on(DirectionAgreed event) {
		applied.add("direction " + event.protocolId());
	}

	@ResetHandler
	void reset() {
		applied.clear();
	}

	void fix() {
		fixed = true;
	}

	List<String> applied() {
		return List.copyOf(applied);
	}

}
