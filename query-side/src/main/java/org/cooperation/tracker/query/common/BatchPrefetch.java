package org.cooperation.tracker.query.common;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;

import org.springframework.aop.support.AopUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

/**
 * The read models that read a batch's rows ahead ({@link PrefetchingProjection}), by
 * processor: asked by the live processors before each batch tried whole and by a replay
 * before each of its batches.
 */
@Component
public class BatchPrefetch {

	private final Map<String, List<PrefetchingProjection>> byProcessor;

	BatchPrefetch(List<PrefetchingProjection> projections) {
		this.byProcessor = projections.stream().collect(Collectors.groupingBy(BatchPrefetch::processor));
	}

	/** Reads ahead what the processor's batch will touch, if its read model can. */
	public void prefetch(String processor, List<? extends EventMessage<?>> events) {
		for (PrefetchingProjection projection : byProcessor.getOrDefault(processor, List.of())) {
			projection.prefetch(events);
		}
	}

	private static String processor(PrefetchingProjection projection) {
		ProcessingGroup group = AnnotationUtils.findAnnotation(AopUtils.getTargetClass(projection),
				ProcessingGroup.class);
		if (group == null) {
			throw new IllegalStateException(projection.getClass() + " reads ahead but names no processing group");
		}
		return group.value();
	}

}
