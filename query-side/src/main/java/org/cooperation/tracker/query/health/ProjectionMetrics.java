package org.cooperation.tracker.query.health;

import java.util.Optional;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The projections' state as gauges tagged by processor:
 * {@code tracker.projection.position}, {@code .lag.events}, {@code .lag.seconds},
 * {@code .error} (1 while failing) and {@code .parked} (dead letters). Registered once
 * the application is ready, when every processor exists.
 */
@Component
@RequiredArgsConstructor
class ProjectionMetrics {

	private final ProjectionHealth health;

	private final MeterRegistry registry;

	@EventListener(ApplicationReadyEvent.class)
	void register() {
		for (ProjectionState projection : health.projections()) {
			String name = projection.processor();
			gauge(registry, name, "tracker.projection.position", "global index of the last event applied",
					ProjectionState::position);
			gauge(registry, name, "tracker.projection.lag.events", "stored events not applied yet",
					ProjectionState::lagEvents);
			gauge(registry, name, "tracker.projection.lag.seconds", "age of the oldest event not applied yet",
					ProjectionState::lagSeconds);
			gauge(registry, name, "tracker.projection.error", "1 while the processor is failing",
					state -> state.error() ? 1 : 0);
			gauge(registry, name, "tracker.projection.parked", "events parked as dead letters",
					ProjectionState::parkedEvents);
		}
	}

	private void gauge(MeterRegistry registry, String processor, String metric, String description,
			ToDoubleFunction<ProjectionState> value) {
		Gauge.builder(metric, health, current -> find(current, processor).map(value::applyAsDouble).orElse(Double.NaN))
			.description(description)
			.tag("processor", processor)
			.register(registry);
	}

	private static Optional<ProjectionState> find(ProjectionHealth health, String processor) {
		return health.projections().stream().filter(state -> state.processor().equals(processor)).findFirst();
	}

}
