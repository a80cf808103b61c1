package org.cooperation.tracker.command.snapshots;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule of {@link AggregateSnapshots}, checked: an aggregate's snapshot is its fields,
 * and the fields of the values they hold, so when any of them changes the aggregate's
 * {@code @Revision} must change too, or a snapshot of the older shape would be read into
 * the new one. {@code snapshot-shapes.txt} holds, per aggregate, its revision and a
 * digest of its shape; a change of shape under the same revision fails here. After
 * bumping the revision, put the line this test prints into the file.
 */
class SnapshotShapeTest {

	private static final String PROJECT = "org.cooperation.tracker.";

	@Test
	void everyChangeOfAnAggregatesShapeBumpsItsRevision() throws Exception {
		Map<String, String> recorded = recordedShapes();
		Map<String, String> current = new TreeMap<>();
		for (Class<?> aggregate : aggregates()) {
			current.put(aggregate.getSimpleName(), revision(aggregate) + " " + digest(shape(aggregate)));
		}
		String lines = current.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + " " + entry.getValue())
			.collect(Collectors.joining("\n"));
		assertThat(current)
			.as("an aggregate's fields changed and its @Revision did not, or a line of snapshot-shapes.txt is stale; "
					+ "bump the revision and record the shapes as they are now:%n%s", lines)
			.isEqualTo(recorded);
	}

	private static Set<Class<?>> aggregates() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Aggregate.class));
		Set<Class<?>> aggregates = new java.util.LinkedHashSet<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(PROJECT + "command")) {
			aggregates.add(Class.forName(candidate.getBeanClassName()));
		}
		assertThat(aggregates).hasSizeGreaterThanOrEqualTo(8);
		return aggregates;
	}

	private static String revision(Class<?> aggregate) {
		Revision revision = aggregate.getAnnotation(Revision.class);
		return (revision != null) ? revision.value() : "none";
	}

	/** The aggregate's fields and, in turn, those of every project type they hold. */
	private static String shape(Class<?> aggregate) {
		Set<String> described = new TreeSet<>();
		describe(aggregate, described, new java.util.HashSet<>());
		return String.join("\n", described);
	}

	private static void describe(Type type, Set<String> described, Set<Class<?>> seen) {
		if (type instanceof ParameterizedType parameterized) {
			describe(parameterized.getRawType(), described, seen);
			Arrays.stream(parameterized.getActualTypeArguments())
				.forEach((argument) -> describe(argument, described, seen));
			return;
		}
		if (type instanceof GenericArrayType array) {
			describe(array.getGenericComponentType(), described, seen);
			return;
		}
		if (!(type instanceof Class<?> raw) || !raw.getName().startsWith(PROJECT) || !seen.add(raw)) {
			return;
		}
		if (raw.isEnum()) {
			described.add(raw.getName() + " = " + Arrays.toString(raw.getEnumConstants()));
		}
		else if (raw.isRecord()) {
			for (RecordComponent component : raw.getRecordComponents()) {
				described
					.add(raw.getName() + "." + component.getName() + ": " + component.getGenericType().getTypeName());
				describe(component.getGenericType(), described, seen);
			}
		}
		else {
			for (Field field : raw.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
					described.add(raw.getName() + "." + field.getName() + ": " + field.getGenericType().getTypeName());
					describe(field.getGenericType(), described, seen);
				}
			}
		}
	}

	private static String digest(String shape) throws NoSuchAlgorithmException {
		byte[] sha = MessageDigest.getInstance("SHA-256").digest(shape.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(sha, 0, 12);
	}

	private static Map<String, String> recordedShapes() throws IOException {
		try (InputStream file = SnapshotShapeTest.class.getResourceAsStream("snapshot-shapes.txt")) {
			assertThat(file).as("snapshot-shapes.txt beside this test").isNotNull();
			Map<String, String> shapes = new TreeMap<>();
			for (String line : new String(file.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] parts = line.strip().split(" ", 2);
					shapes.put(parts[0], parts[1]);
				}
			}
			return shapes;
		}
	}

}
