package org.cooperation.tracker.access.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text a person reads comes from message bundles, one per feature:
 * {@code i18n/<feature>_kk.properties}, {@code _ru} and {@code _en}, UTF-8, found on the
 * class path wherever they are (this module's, each application's). A feature adds its
 * bundle without touching a shared list, and the bundles test checks that each has the
 * same keys in all three languages. A text with arguments is a MessageFormat pattern,
 * where an ASCII apostrophe quotes: the texts use the typographic one (’) throughout.
 */
@Configuration(proxyBeanMethods = false)
public class TrackerMessages {

	static final String BUNDLES = "classpath*:i18n/*_en.properties";

	private static final Pattern ENGLISH_FILE = Pattern.compile("([A-Za-z0-9-]+)_en\\.properties");

	@Bean
	public MessageSource messageSource() {
		return load();
	}

	/** The bundles as the applications read them, also for code outside a context. */
	public static MessageSource load() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(basenames().toArray(String[]::new));
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		// A key missing in one language must show, not quietly fall back to the server's
		// language: no fallback to the system locale, and no base bundle without a
		// suffix.
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/** The bundles' base names, such as {@code i18n/messages}, sorted. */
	public static SortedSet<String> basenames() {
		try {
			Resource[] english = new PathMatchingResourcePatternResolver().getResources(BUNDLES);
			SortedSet<String> names = new TreeSet<>();
			Arrays.stream(english)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.map(ENGLISH_FILE::matcher)
				.filter(Matcher::matches)
				.forEach((file) -> names.add("i18n/" + file.group(1)));
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The message bundles could not be listed", ex);
		}
	}

}
