package org.cooperation.tracker.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cooperation.tracker.access.language.Languages;
import org.cooperation.tracker.access.language.TrackerMessages;

/**
 * What the build checks of the message bundles an application reads, so that no reader
 * ever meets a missing text: every bundle has the same keys in Kazakh, Russian and
 * English, none of them blank, each a valid MessageFormat pattern; and every literal key
 * a template asks for exists.
 */
public final class MessageBundles {

	/** A literal key in a template: #{matrix.title}, #{legend.iati(...)}. */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)[}(]");

	/** A literal key of code: label("matrix.title"...), msg('column.country'). */
	private static final Pattern CODE_KEY = Pattern.compile("(?:label|msg)\\(\\s*[\"']([A-Za-z][A-Za-z0-9_.-]*)[\"']");

	private MessageBundles() {
	}

	/** Each bundle's keys per language: bundle, then language, then its properties. */
	public static Map<String, Map<String, Properties>> load() {
		Map<String, Map<String, Properties>> bundles = new TreeMap<>();
		for (String basename : TrackerMessages.basenames()) {
			Map<String, Properties> languages = new TreeMap<>();
			for (var language : Languages.SUPPORTED) {
				languages.put(language.getLanguage(), read(basename + "_" + language.getLanguage() + ".properties"));
			}
			bundles.put(basename, languages);
		}
		return bundles;
	}

	/** Every way in which the bundles fall short, as sentences; empty when none. */
	public static List<String> problems() {
		List<String> problems = new ArrayList<>();
		load().forEach((bundle, languages) -> {
			Set<String> all = new TreeSet<>();
			languages.values().forEach((texts) -> all.addAll(texts.stringPropertyNames()));
			languages.forEach((language, texts) -> {
				for (String key : all) {
					String text = texts.getProperty(key);
					if (text == null) {
						problems.add(bundle + "_" + language + " lacks " + key);
					}
					else if (text.isBlank()) {
						problems.add(bundle + "_" + language + " has a blank " + key);
					}
					else {
						try {
							new MessageFormat(text);
						}
						catch (IllegalArgumentException ex) {
							problems
								.add(bundle + "_" + language + " " + key + " is no MessageFormat: " + ex.getMessage());
						}
					}
				}
			});
		});
		return problems;
	}

	/**
	 * Every key of every bundle (in English: all languages have the same when complete).
	 */
	public static Set<String> keys() {
		Set<String> keys = new TreeSet<>();
		load().values().forEach((languages) -> keys.addAll(languages.get("en").stringPropertyNames()));
		return keys;
	}

	/**
	 * The literal keys that templates and code under these folders ask for and that no
	 * bundle has, each with the file that asks.
	 */
	public static List<String> unknownKeysUsedIn(Path... folders) {
		Set<String> known = keys();
		List<String> unknown = new ArrayList<>();
		for (Path folder : folders) {
			try (Stream<Path> files = Files.walk(folder)) {
				files.filter(Files::isRegularFile).forEach((file) -> {
					String text = readString(file);
					Pattern pattern = file.toString().endsWith(".html") ? TEMPLATE_KEY : CODE_KEY;
					Matcher key = pattern.matcher(text);
					while (key.find()) {
						// A key ending in a dot is the prefix of keys the code completes.
						String asked = key.group(1);
						boolean exists = asked.endsWith(".") ? known.stream().anyMatch((k) -> k.startsWith(asked))
								: known.contains(asked);
						if (!exists) {
							unknown.add(folder.relativize(file) + " asks for " + key.group(1));
						}
					}
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return unknown;
	}

	private static Properties read(String resource) {
		Properties texts = new Properties();
		try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				return texts;
			}
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return texts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String readString(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
