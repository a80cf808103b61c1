package org.cooperation.tracker.query.health;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/projections}: each projection's position, lag and error state, for
 * admins and auditors (QuerySideSecurity).
 */
@Component
@Endpoint(id = "projections")
@RequiredArgsConstructor
class ProjectionsEndpoint {

	private final ProjectionHealth health;

	@ReadOperation
	Projections projections() {
		return new Projections(health.projections());
	}

	record Projections(List<ProjectionState> projections) {
	}

}
