package org.cooperation.tracker.access.limits;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;

import org.cooperation.tracker.access.limits.StrictQueryParameters.Reads;
import org.cooperation.tracker.kernel.common.Phrase;

import static org.assertj.core.api.Assertions.assertThat;

/** Which query parameters a handler reads, from its declaration, and what is refused. */
class StrictQueryParametersTest {

	record Filter(String country, String state) {
	}

	/** An API controller, not a component: the applications scan this package. */
	@ResponseBody
	static class Api {

		@GetMapping("/matrix")
		public String matrix(@RequestParam(required = false) String asOf,
				@RequestParam(name = "effectiveOn", required = false) String day) {
			return "";
		}

		@GetMapping("/list")
		public String list(@ModelAttribute Filter filter, @RequestParam(required = false) List<String> tag) {
			return "";
		}

		@GetMapping("/nothing")
		public String nothing() {
			return "";
		}

		@GetMapping("/anything")
		public String anything(@RequestParam Map<String, String> all) {
			return "";
		}

	}

	/** A page controller (no response body). */
	static class Page {

		@GetMapping("/page")
		public String page() {
			return "page";
		}

	}

	@Test
	void readsWhatTheMethodDeclares() throws Exception {
		Reads matrix = reads("matrix", String.class, String.class);
		assertThat(matrix.once()).containsExactly("asOf", "effectiveOn");
		Reads list = reads("list", Filter.class, List.class);
		assertThat(list.once()).containsExactly("country", "state");
		assertThat(list.repeatable()).containsExactly("tag");
		assertThat(reads("anything", Map.class).any()).isTrue();
	}

	@Test
	void refusesAnUnknownParameterNamingIt() throws Exception {
		Phrase refusal = StrictQueryParameters.refusal("asof=2026-01-01", reads("matrix", String.class, String.class));
		assertThat(refusal).isEqualTo(Phrase.of("problem.detail.query.unknown", "'asof'", "asOf, effectiveOn"));
		assertThat(StrictQueryParameters.refusal("x", reads("nothing")))
			.isEqualTo(Phrase.of("problem.detail.query.none", "'x'"));
	}

	@Test
	void refusesAParameterGivenTwiceUnlessItIsAList() throws Exception {
		Reads list = reads("list", Filter.class, List.class);
		assertThat(StrictQueryParameters.refusal("country=KZ&country=KG", list))
			.isEqualTo(Phrase.of("problem.detail.query.repeated", "'country'", 2));
		assertThat(StrictQueryParameters.refusal("tag=a&tag=b&country=KZ&state=", list)).isNull();
	}

	@Test
	void acceptsKnownParametersEncodedOrNot() throws Exception {
		Reads matrix = reads("matrix", String.class, String.class);
		assertThat(StrictQueryParameters.refusal("as%4Ff=2026-01-01T00:00:00Z", matrix)).isNull();
		assertThat(StrictQueryParameters.refusal("effectiveOn=2026-01-01&", matrix)).isNull();
		assertThat(StrictQueryParameters.refusal("anything=1&else=2&else=3", reads("anything", Map.class))).isNull();
	}

	@Test
	void holdsOnlyTheTrackersRestControllers() throws Exception {
		assertThat(StrictQueryParameters.isApi(new HandlerMethod(new Api(), "nothing"))).isTrue();
		assertThat(StrictQueryParameters.isApi(new HandlerMethod(new Page(), "page"))).isFalse();
	}

	private static Reads reads(String method, Class<?>... types) throws Exception {
		return StrictQueryParameters.reads(new HandlerMethod(new Api(), method, types));
	}

}
