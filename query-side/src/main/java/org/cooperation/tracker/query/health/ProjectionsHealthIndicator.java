package org.cooperation.tracker.query.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "projections" in {@code /actuator/health} and in the readiness group: DOWN while a
 * processor is stopped or failing, because its read model is then falling behind without
 * saying so. Parked events leave it UP (one aggregate's story waits, every other one is
 * current; taking the application out of service would not help) and are shown in the
 * details, the metrics and {@code /actuator/projections}.
 */
@Component("projections")
@RequiredArgsConstructor
class ProjectionsHealthIndicator implements HealthIndicator {

	private final ProjectionHealth health;

	@Override
	public Health health() {
		List<ProjectionState> projections = health.projections();
		Map<String, Object> details = new LinkedHashMap<>();
		for (ProjectionState projection : projections) {
			details.put(projection.processor(),
					projection.healthy()
							? "lag " + projection.lagEvents() + " events, " + projection.parkedEvents() + " parked"
							: (projection.running() ? "failing: " + projection.lastError() : "stopped"));
		}
		boolean healthy = projections.stream().allMatch(ProjectionState::healthy);
		return (healthy ? Health.up() : Health.down()).withDetails(details).build();
	}

}
