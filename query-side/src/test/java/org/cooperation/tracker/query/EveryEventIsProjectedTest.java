package org.cooperation.tracker.query;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event the kernel publishes is projected by at least one read model, so an event
 * that nobody projects fails the build instead of vanishing from the dashboards.
 */
class EveryEventIsProjectedTest {

	private static final String KERNEL = "org.cooperation.tracker.kernel";

	private static final String QUERY_SIDE = "org.cooperation.tracker.query";

	private static final Map<Class<?>, Set<String>> PROJECTED_BY = projectedBy();

	static Stream<Named<Class<?>>> publishedEvents() {
		return annotatedWith(Revision.class, KERNEL).stream()
			.filter(Class::isRecord)
			.map(event -> Named.<Class<?>>of(event.getSimpleName(), event));
	}

	@ParameterizedTest(name = "{0} is projected")
	@MethodSource("publishedEvents")
	void isHandledByAProjection(Class<?> event) {
		assertThat(PROJECTED_BY.getOrDefault(event, Set.of())).as("projections handling %s", event.getSimpleName())
			.isNotEmpty();
	}

	@Test
	void theScanFindsTheKernelsEvents() {
		assertThat(publishedEvents().map(Named::getPayload)).extracting(Class::getSimpleName)
			.contains("ProtocolRecorded", "DirectionAgreed", "ProtocolSigned", "InitiativeProposed",
					"ParticipationStatusChanged", "ProgressReported");
	}

	@Test
	void everyProjectionCanBeReset() {
		assertThat(projections()).isNotEmpty()
			.allSatisfy(projection -> assertThat(handlers(projection, ResetHandler.class))
				.as("reset handlers of %s", projection.getSimpleName())
				.isNotEmpty());
	}

	@Test
	void everyProjectionHasItsOwnProcessingGroup() {
		List<String> groups = projections().stream()
			.map(projection -> projection.getAnnotation(ProcessingGroup.class).value())
			.toList();
		assertThat(groups).doesNotHaveDuplicates().allSatisfy(group -> assertThat(group).isNotBlank());
	}

	private static Map<Class<?>, Set<String>> projectedBy() {
		return projections().stream()
			.flatMap(projection -> handlers(projection, EventHandler.class).stream()
				.map(handler -> Map.entry(payloadType(handler), projection.getSimpleName())))
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
	}

	private static List<Class<?>> projections() {
		return annotatedWith(ProcessingGroup.class, QUERY_SIDE);
	}

	private static List<Method> handlers(Class<?> type, Class<? extends java.lang.annotation.Annotation> kind) {
		return Arrays.stream(type.getDeclaredMethods()).filter(method -> method.isAnnotationPresent(kind)).toList();
	}

	/** Axon's rule: the annotation's payloadType when given, else the first parameter. */
	private static Class<?> payloadType(Method handler) {
		Class<?> declared = handler.getAnnotation(EventHandler.class).payloadType();
		return (declared != Object.class) ? declared : handler.getParameterTypes()[0];
	}

	private static List<Class<?>> annotatedWith(Class<? extends java.lang.annotation.Annotation> annotation,
			String basePackage) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
		return scanner.findCandidateComponents(basePackage)
			.stream()
			.map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(),
					EveryEventIsProjectedTest.class.getClassLoader()))
			.sorted(Comparator.comparing(Class::getName))
			.collect(Collectors.toList());
	}

}
