package org.cooperation.tracker.query;

import java.util.ArrayList;
import java.util.List;

import org.hamcrest.Matcher;

import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.result.JsonPathResultMatchers;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The fields of one JSON object checked together, as the API tests check most answers:
 * {@code fields("$.rows[0]", "holder", "KZ", "total", 1)} expects
 * {@code $.rows[0].holder} to be {@code "KZ"} and {@code $.rows[0].total} to be 1. A
 * value may be a Hamcrest matcher.
 */
public final class JsonFields {

	private JsonFields() {
	}

	public static ResultMatcher fields(String object, Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("each field needs its value");
		}
		List<ResultMatcher> matchers = new ArrayList<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			matchers.add(field(jsonPath(object + "." + namesAndValues[i]), namesAndValues[i + 1]));
		}
		return ResultMatcher.matchAll(matchers.toArray(ResultMatcher[]::new));
	}

	@SuppressWarnings("unchecked")
	private static ResultMatcher field(JsonPathResultMatchers path, Object value) {
		return (value instanceof Matcher<?> matcher) ? path.value((Matcher<Object>) matcher) : path.value(value);
	}

}
