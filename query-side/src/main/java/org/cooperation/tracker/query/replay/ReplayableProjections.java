package org.cooperation.tracker.query.replay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;

import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.Phrase;
import org.cooperation.tracker.query.common.ReadModelTables;

import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

/**
 * The read models a replay can rebuild: every projection that names its tables
 * ({@link ReadModelTables}) and runs on a tracking processor, found when first asked (the
 * processors exist only once Axon has started).
 */
@Component
public class ReplayableProjections {

	private final ApplicationContext context;

	private final EventProcessingConfiguration processing;

	private volatile SortedMap<String, ReplayableProjection> known;

	public ReplayableProjections(ApplicationContext context, EventProcessingConfiguration processing) {
		this.context = context;
		this.processing = processing;
	}

	/** Every replayable read model by processor name. */
	public SortedMap<String, ReplayableProjection> all() {
		SortedMap<String, ReplayableProjection> found = known;
		if (found == null) {
			found = find();
			known = found;
		}
		return found;
	}

	/**
	 * The read models named, in name order; all of them when none is named.
	 * @throws InvalidValueException naming the first unknown one, and the known ones
	 */
	public List<ReplayableProjection> named(Collection<String> names) {
		SortedMap<String, ReplayableProjection> all = all();
		if (names == null || names.isEmpty()) {
			return List.copyOf(all.values());
		}
		List<ReplayableProjection> chosen = new ArrayList<>();
		for (String name : new TreeSet<>(names)) {
			ReplayableProjection projection = (name != null) ? all.get(name.strip()) : null;
			if (projection == null) {
				throw new InvalidValueException("unknown processor: " + name, Phrase
					.of("replay.detail.unknownProcessor", String.valueOf(name), String.join(", ", all.keySet())));
			}
			if (!chosen.contains(projection)) {
				chosen.add(projection);
			}
		}
		return List.copyOf(chosen);
	}

	private SortedMap<String, ReplayableProjection> find() {
		Map<String, LinkedHashSet<String>> tablesByProcessor = new TreeMap<>();
		for (Object bean : context.getBeansWithAnnotation(ProcessingGroup.class).values()) {
			Class<?> type = AopUtils.getTargetClass(bean);
			ProcessingGroup group = AnnotationUtils.findAnnotation(type, ProcessingGroup.class);
			ReadModelTables tables = AnnotationUtils.findAnnotation(type, ReadModelTables.class);
			if (group != null && tables != null) {
				tablesByProcessor.computeIfAbsent(group.value(), (name) -> new LinkedHashSet<>())
					.addAll(Arrays.asList(tables.value()));
			}
		}
		SortedMap<String, ReplayableProjection> found = new TreeMap<>();
		tablesByProcessor.forEach((name, tables) -> processing.eventProcessor(name, TrackingEventProcessor.class)
			.ifPresent((processor) -> found.put(name,
					new ReplayableProjection(name, List.copyOf(tables), handlersOf(processor.eventHandlerInvoker())))));
		return Collections.unmodifiableSortedMap(found);
	}

	/**
	 * The handlers behind an invoker. The dead-lettering invoker is a simple one whose
	 * dead-letter queue a replay bypasses: a replay reports a failing event rather than
	 * park it in the live processor's queue.
	 */
	static List<EventMessageHandler> handlersOf(EventHandlerInvoker invoker) {
		if (invoker instanceof MultiEventHandlerInvoker multi) {
			return multi.delegates().stream().flatMap((delegate) -> handlersOf(delegate).stream()).toList();
		}
		if (invoker instanceof SimpleEventHandlerInvoker simple) {
			return simple.eventHandlers();
		}
		throw new IllegalStateException("cannot replay through an invoker of type " + invoker.getClass().getName());
	}

}
