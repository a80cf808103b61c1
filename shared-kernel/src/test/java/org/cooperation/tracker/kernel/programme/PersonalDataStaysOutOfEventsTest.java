package org.cooperation.tracker.kernel.programme;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.programme.marketplace.CreatorContact;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are never rewritten, so personal data in one could never be erased: no event of
 * the published language may carry a creator's contact details, not even nested.
 */
class PersonalDataStaysOutOfEventsTest {

	private static final List<String> PERSONAL = List.of("email", "phone", "contact");

	private static List<Class<?>> events() {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.cooperation.tracker.kernel")
			.stream()
			.filter((type) -> type.isAnnotatedWith(Revision.class))
			.<Class<?>>map(JavaClass::reflect)
			.filter(Class::isRecord)
			.toList();
	}

	@Test
	void noEventHasAContactOrAFieldNamedLikeOne() {
		List<Class<?>> events = events();
		assertThat(events).as("events found").hasSizeGreaterThan(10);
		for (Class<?> event : events) {
			check(event, event.getSimpleName(), 0);
		}
	}

	private static void check(Class<?> type, String path, int depth) {
		if (!type.isRecord() || depth > 4) {
			return;
		}
		for (RecordComponent component : type.getRecordComponents()) {
			String where = path + "." + component.getName();
			assertThat(component.getType()).as(where).isNotEqualTo(CreatorContact.class);
			assertThat(PERSONAL).as(where).doesNotContain(component.getName().toLowerCase(Locale.ROOT));
			check(component.getType(), where, depth + 1);
		}
	}

}
