package org.cooperation.tracker.access.limits;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.InvalidValueException;

import org.cooperation.tracker.access.language.Languages;
import org.cooperation.tracker.access.problem.ProblemTexts;
import org.cooperation.tracker.kernel.common.Phrase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonBodyLimitsTest {

	private static final ProblemTexts TEXTS = ProblemTexts.standalone();

	/** The phrase in English, as the API words it; null for none. */
	private static String english(Phrase phrase) {
		return (phrase != null) ? TEXTS.text(phrase, Languages.ENGLISH) : null;
	}

	record Body(String note, Integer percent, Boolean cleared, Kind kind, LocalDate on, List<String> links) {
	}

	enum Kind {

		FIRST, SECOND

	}

	final JsonBodyLimits limits = new JsonBodyLimits(QueryStringLimitsTest.DEFAULTS);

	final ObjectMapper application = JsonMapper.builder().addModule(new JavaTimeModule()).build();

	final ObjectMapper web = limits.limited(application);

	@Test
	void anOrdinaryBodyIsReadAsBefore() throws Exception {
		Body body = web.readValue(
				"""
						{"note":"Sent","percent":40,"cleared":true,"kind":"SECOND","on":"2026-01-05","links":["https://x.org"]}""",
				Body.class);
		assertThat(body)
			.isEqualTo(new Body("Sent", 40, true, Kind.SECOND, LocalDate.of(2026, 1, 5), List.of("https://x.org")));
	}

	@Test
	void nestingDeeperThanTheLimitIsRefusedWhileReading() throws Exception {
		assertThat(web.readTree("[".repeat(32) + "]".repeat(32))).isNotNull();
		assertThatThrownBy(() -> web.readTree("[".repeat(33) + "]".repeat(33)))
			.isInstanceOf(StreamConstraintsException.class)
			.satisfies((ex) -> assertThat(english(limits.describe((StreamConstraintsException) ex)))
				.isEqualTo("the body nests objects and arrays deeper than 32 levels"));
	}

	@Test
	void tokensBeyondTheirLengthAreRefused() {
		assertThatThrownBy(() -> web.readTree("{\"note\":\"" + "x".repeat(16_385) + "\"}"))
			.satisfies((ex) -> assertThat(english(limits.describe((StreamConstraintsException) ex)))
				.isEqualTo("a text in the body is longer than 16384 characters"));
		assertThatThrownBy(() -> web.readTree("{\"n\":" + "9".repeat(41) + "}"))
			.satisfies((ex) -> assertThat(english(limits.describe((StreamConstraintsException) ex)))
				.isEqualTo("a number in the body is longer than 40 characters"));
		assertThatThrownBy(() -> web.readTree("{\"" + "n".repeat(101) + "\":1}"))
			.satisfies((ex) -> assertThat(english(limits.describe((StreamConstraintsException) ex)))
				.isEqualTo("a field name in the body is longer than 100 characters"));
	}

	@Test
	void valuesOfTheWrongTypeAreRefusedNotConverted() {
		for (String wrong : List.of("{\"note\":42}", "{\"note\":true}", "{\"percent\":\"40\"}", "{\"percent\":40.5}",
				"{\"cleared\":\"true\"}", "{\"cleared\":1}", "{\"kind\":1}", "{\"on\":20000}", "{\"on\":[2026,1,5]}",
				"{\"on\":[]}", "{\"note\":\"a\",\"note\":\"b\"}")) {
			assertThatThrownBy(() -> web.readValue(wrong, Body.class)).as(wrong).isInstanceOf(Exception.class);
		}
	}

	@Test
	void theApplicationsOwnMapperIsLeftAsItWas() throws Exception {
		assertThat(application.readValue("{\"percent\":\"40\"}", Body.class).percent()).isEqualTo(40);
		assertThat(application.readTree("[".repeat(33) + "]".repeat(33))).isNotNull();
	}

	@Test
	void datesOutsideThePlausibleRangeAreRefused() {
		for (String date : List.of("1899-12-31", "+10000-01-01", "-999999999-01-01", "+999999999-12-31")) {
			assertThatThrownBy(() -> web.readValue("{\"on\":\"" + date + "\"}", Body.class)).as(date)
				.isInstanceOf(JsonMappingException.class)
				.hasRootCauseInstanceOf(InvalidValueException.class)
				.rootCause()
				.hasMessageContaining("lies between 1900-01-01 and 9999-12-31");
		}
	}

}
