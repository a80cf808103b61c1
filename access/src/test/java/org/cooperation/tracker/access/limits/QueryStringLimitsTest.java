package org.cooperation.tracker.access.limits;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.access.language.Languages;
import org.cooperation.tracker.access.problem.ProblemTexts;
import org.cooperation.tracker.kernel.common.Phrase;

import static org.assertj.core.api.Assertions.assertThat;

class QueryStringLimitsTest {

	private static final ProblemTexts TEXTS = ProblemTexts.standalone();

	/** The phrase in English, as the API words it; null for none. */
	private static String english(Phrase phrase) {
		return (phrase != null) ? TEXTS.text(phrase, Languages.ENGLISH) : null;
	}

	static final RequestLimits DEFAULTS = new RequestLimits(65536, 32, 16384, 40, 100, 2048, 32, 200);

	final QueryStringLimits limits = new QueryStringLimits(DEFAULTS, null);

	@Test
	void ordinaryFiltersPass() {
		assertThat(english(limits.refusal(null))).isNull();
		assertThat(english(limits.refusal("country=kz&craft=woodcarver&state=verified&page=2&size=50"))).isNull();
		assertThat(english(limits.refusal("state=SUBMITTED&state=RETURNED&month=6"))).isNull();
		assertThat(english(limits.refusal("q=%D0%90%D0%BB%D0%BC%D0%B0%D1%82%D1%8B"))).isNull();
		assertThat(english(limits.refusal("error"))).isNull();
	}

	@Test
	void tooLongTooManyOrTooLargeIsRefused() {
		assertThat(english(limits.refusal("x=" + "y".repeat(2_047)))).contains("at most 2048");
		assertThat(english(limits.refusal("a=1&".repeat(32) + "a=1"))).contains("33 parameters; at most 32");
		assertThat(english(limits.refusal("country=" + "k".repeat(201)))).contains("longer than 200");
		assertThat(english(limits.refusal("k".repeat(201) + "=1"))).contains("longer than 200");
		assertThat(english(limits.refusal("country=" + "k".repeat(200)))).isNull();
	}

	@Test
	void whatDoesNotDecodeOrHoldsControlCharactersIsRefused() {
		assertThat(english(limits.refusal("q=%zz"))).contains("malformed %-escape");
		assertThat(english(limits.refusal("q=%C3%28"))).contains("not UTF-8");
		assertThat(english(limits.refusal("q=%"))).contains("malformed");
		assertThat(english(limits.refusal("q=%00"))).isEqualTo(
				"query parameter 'q' contains the control character U+0000 (character 1), which the tracker does not store");
		assertThat(english(limits.refusal("q=a%0d%0aSet-Cookie:%20x"))).contains("line break U+000D");
		assertThat(english(limits.refusal("q=%C2%85"))).contains("control character U+0085");
		assertThat(english(limits.refusal("country=%E2%80%AEzk"))).contains("bidirectional control U+202E");
		assertThat(english(limits.refusal("q%E2%81%A6=1"))).contains("a query parameter's name contains");
	}

}
