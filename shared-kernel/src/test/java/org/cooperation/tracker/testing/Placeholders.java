package org.cooperation.tracker.testing;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {name}} placeholders of the request templates both applications' bad-input
 * tests walk: one pattern and one way to fill them in, so a template means the same on
 * either side.
 */
public final class Placeholders {

	/** A placeholder; its first group is the name. */
	public static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_-]+)}");

	private Placeholders() {
	}

	/**
	 * The template with each placeholder replaced by the record's id, or by its own name
	 * where no record of that name was made.
	 */
	public static String resolve(String template, Map<String, String> ids) {
		return PLACEHOLDER.matcher(template)
			.replaceAll((placeholder) -> Matcher
				.quoteReplacement(ids.getOrDefault(placeholder.group(1), placeholder.group(1))));
	}

}
