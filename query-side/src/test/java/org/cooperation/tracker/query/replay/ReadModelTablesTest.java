package org.cooperation.tracker.query.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.query.common.ReadModelTables;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read-model table the migrations create belongs to exactly one projection's
 * {@link ReadModelTables}, so a replay of everything rebuilds every table, and a new
 * table cannot be left out of one.
 */
class ReadModelTablesTest {

	private static final Pattern CREATED = Pattern.compile("CREATE TABLE (rm_\\w+)", Pattern.CASE_INSENSITIVE);

	@Test
	void everyReadModelTableBelongsToExactlyOneProjection() throws IOException {
		List<String> declared = new ArrayList<>();
		for (Class<?> projection : projections()) {
			ReadModelTables tables = projection.getAnnotation(ReadModelTables.class);
			assertThat(tables).as("%s names its tables", projection.getSimpleName()).isNotNull();
			declared.addAll(List.of(tables.value()));
		}
		assertThat(declared).doesNotHaveDuplicates();
		assertThat(new TreeSet<>(declared)).isEqualTo(createdByMigrations());
	}

	private static TreeSet<String> createdByMigrations() throws IOException {
		TreeSet<String> tables = new TreeSet<>();
		try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/query"))) {
			for (Path migration : migrations.toList()) {
				Matcher created = CREATED.matcher(Files.readString(migration));
				while (created.find()) {
					tables.add(created.group(1).toLowerCase());
				}
			}
		}
		return tables;
	}

	private static List<Class<?>> projections() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ProcessingGroup.class));
		return scanner.findCandidateComponents("org.cooperation.tracker.query")
			.stream()
			.<Class<?>>map((candidate) -> ClassUtils.resolveClassName(candidate.getBeanClassName(),
					ReadModelTablesTest.class.getClassLoader()))
			// The application's projections, not the tests' own.
			.filter((type) -> !type.getProtectionDomain()
				.getCodeSource()
				.getLocation()
				.getPath()
				.contains("test-classes"))
			.toList();
	}

}
