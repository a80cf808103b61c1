package org.cooperation.tracker.query.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "catchUp" in the readiness group: DOWN after a start until every projection has caught
 * up with the event store once (at most {@code tracker.readiness.caught-up-within-events}
 * behind), UP from then on for the life of the instance.
 * <p>
 * A query side started on a backlog replays it with one thread per read model, on the
 * same processors that answer requests: an outside test saw a fresh instance answer no
 * read within 19 s, and on a loaded 2-core machine reads took 2 to 18 s while 30,000
 * events were replayed (0.04 to 0.8 s once caught up). Such an instance also serves read
 * models that are far behind. So it is not ready until it has caught up; a later burst of
 * writes is lag that the projections' figures show, and no reason to take a working
 * instance out of service.
 */
@Component("catchUp")
class CatchUpAfterStart implements HealthIndicator {

	private final ProjectionHealth projections;

	private final long caughtUpWithin;

	private volatile boolean caughtUp;

	CatchUpAfterStart(ProjectionHealth projections,
			@Value("${tracker.readiness.caught-up-within-events:100}") long caughtUpWithin) {
		this.projections = projections;
		this.caughtUpWithin = caughtUpWithin;
	}

	@Override
	public Health health() {
		if (caughtUp) {
			return Health.up().withDetail("caughtUp", "since start").build();
		}
		List<ProjectionState> states = projections.projections();
		Map<String, Object> behind = new LinkedHashMap<>();
		for (ProjectionState state : states) {
			// -1: the figures could not be read (the database is away); not caught up.
			if (state.lagEvents() < 0 || state.lagEvents() > caughtUpWithin) {
				behind.put(state.processor(),
						(state.lagEvents() < 0) ? "unknown" : state.lagEvents() + " events behind");
			}
		}
		if (behind.isEmpty()) {
			caughtUp = true;
			return Health.up().withDetail("caughtUp", "now").build();
		}
		return Health.down().withDetail("catchingUp", behind).build();
	}

}
