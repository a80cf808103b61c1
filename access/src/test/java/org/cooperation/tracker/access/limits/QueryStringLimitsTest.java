package org.cooperation.tracker.access.limits;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryStringLimitsTest {

	static final RequestLimits DEFAULTS = new RequestLimits(65536, 32, 16384, 40, 100, 2048, 32, 200);

	final QueryStringLimits limits = new QueryStringLimits(DEFAULTS, null);

	@Test
	void ordinaryFiltersPass() {
		assertThat(limits.refusal(null)).isNull();
		assertThat(limits.refusal("country=kz&craft=woodcarver&state=verified&page=2&size=50")).isNull();
		assertThat(limits.refusal("state=SUBMITTED&state=RETURNED&month=6")).isNull();
		assertThat(limits.refusal("q=%D0%90%D0%BB%D0%BC%D0%B0%D1%82%D1%8B")).isNull();
		assertThat(limits.refusal("error")).isNull();
	}

	@Test
	void tooLongTooManyOrTooLargeIsRefused() {
		assertThat(limits.refusal("x=" + "y".repeat(2_047))).contains("at most 2048");
		assertThat(limits.refusal("a=1&".repeat(32) + "a=1")).contains("33 parameters; at most 32");
		assertThat(limits.refusal("country=" + "k".repeat(201))).contains("longer than 200");
		assertThat(limits.refusal("k".repeat(201) + "=1")).contains("longer than 200");
		assertThat(limits.refusal("country=" + "k".repeat(200))).isNull();
	}

	@Test
	void whatDoesNotDecodeOrHoldsControlCharactersIsRefused() {
		assertThat(limits.refusal("q=%zz")).contains("malformed %-escape");
		assertThat(limits.refusal("q=%C3%28")).contains("not UTF-8");
		assertThat(limits.refusal("q=%")).contains("malformed");
		assertThat(limits.refusal("q=%00")).isEqualTo(
				"query parameter 'q' contains the control character U+0000 (character 1), which the tracker does not store");
		assertThat(limits.refusal("q=a%0d%0aSet-Cookie:%20x")).contains("line break U+000D");
		assertThat(limits.refusal("q=%C2%85")).contains("control character U+0085");
		assertThat(limits.refusal("country=%E2%80%AEzk")).contains("bidirectional control U+202E");
		assertThat(limits.refusal("q%E2%81%A6=1")).contains("a query parameter's name contains");
	}

}
