package org.cooperation.tracker.query.health;

import java.util.List;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/projections}: each projection's position, lag and error state, for
 * admins and auditors (QuerySideSecurity).
 */
@Component
@Endpoint(id = "projections")
class ProjectionsEndpoint {

	private final ProjectionHealth health;

	ProjectionsEndpoint(ProjectionHealth health) {
		this.health = health;
	}

	@ReadOperation
	Projections projections() {
		return new Projections(health.projections());
	}

	record Projections(List<ProjectionState> projections) {
	}

}
