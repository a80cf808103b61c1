package org.cooperation.tracker.testing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Lets a {@code @WebMvcTest} slice load the application's own security configuration:
 * every {@code @Configuration} that builds a {@link SecurityFilterChain}. A slice leaves
 * configuration classes out, and would otherwise run behind Spring Boot's default chain,
 * whose answers are not the tracker's. Found by what the class builds, not by its name,
 * so a renamed or moved configuration is still found.
 */
public class SecurityConfigurations implements TypeFilter {

	@Override
	public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
		AnnotationMetadata type = reader.getAnnotationMetadata();
		return type.isAnnotated(Configuration.class.getName()) && type.getAnnotatedMethods(Bean.class.getName())
			.stream()
			.anyMatch((method) -> SecurityFilterChain.class.getName().equals(method.getReturnTypeName()));
	}

}
