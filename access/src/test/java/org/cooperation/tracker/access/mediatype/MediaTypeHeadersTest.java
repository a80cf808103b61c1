package org.cooperation.tracker.access.mediatype;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import org.cooperation.tracker.access.language.Languages;
import org.cooperation.tracker.access.problem.ProblemTexts;
import org.cooperation.tracker.kernel.common.Phrase;

import static org.assertj.core.api.Assertions.assertThat;

class MediaTypeHeadersTest {

	private static final ProblemTexts TEXTS = ProblemTexts.standalone();

	/** The phrase in English, as the API words it; null for none. */
	private static String english(Phrase phrase) {
		return (phrase != null) ? TEXTS.text(phrase, Languages.ENGLISH) : null;
	}

	final MediaTypeHeaders headers = new MediaTypeHeaders(null);

	@Test
	void wellFormedHeadersPass() {
		assertThat(headers.refusal(write("application/json", null))).isNull();
		assertThat(headers.refusal(write("application/json; charset=UTF-8", "application/json"))).isNull();
		assertThat(headers.refusal(write("Application/JSON;charset=\"utf-8\"", "*/*"))).isNull();
		assertThat(headers.refusal(write("application/json;", "application/*;q=0.5, text/html"))).isNull();
		assertThat(headers.refusal(write("application/x-www-form-urlencoded", null))).isNull();
		assertThat(headers.refusal(write(null, ""))).as("an empty Accept states no preference").isNull();
		assertThat(headers.refusal(write(null, "application/json, , ,"))).as("empty list elements").isNull();
		assertThat(headers.refusal(read("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
				+ "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7")))
			.as("a browser's navigation")
			.isNull();
		assertThat(headers.refusal(read("text/csv"))).as("a read's 406 is the controller's to give").isNull();
		assertThat(headers.refusal(read("application/json;q=0.001, text/plain;q=1.000"))).isNull();
	}

	@Test
	void aContentTypeThatNamesARangeOrAnUnknownCharsetIs415() {
		for (String range : new String[] { "*/*", "application/*", "application/*+json", "APPLICATION/*" }) {
			MediaTypeHeaders.Refusal refusal = headers.refusal(write(range, null));
			assertThat(refusal.status()).as(range).isEqualTo(415);
			assertThat(english(refusal.detail())).as(range).contains("is a range of media types");
		}
		MediaTypeHeaders.Refusal unknownCharset = headers.refusal(write("application/json; charset=nope", null));
		assertThat(unknownCharset.status()).isEqualTo(415);
		assertThat(english(unknownCharset.title())).isEqualTo("Unsupported media type");
		assertThat(english(unknownCharset.detail()))
			.isEqualTo("the Content-Type names the charset 'nope', which does not exist; send UTF-8");
		assertThat(headers.refusal(write("application/json; charset=\"x!y@z\"", null)).status()).isEqualTo(415);
	}

	@Test
	void aMalformedContentTypeIs400AndSaysWhatIsWrong() {
		// A mock request drops an empty Content-Type; the container keeps it.
		assertThat(english(MediaTypeHeaders.contentType(List.of("")).detail())).contains("it is empty");
		assertThat(english(MediaTypeHeaders.contentType(List.of("   ")).detail())).contains("it is empty");
		expect400(write("application", null), "lacks '/' and a subtype");
		expect400(write("application/", null), "lacks its subtype");
		expect400(write("/json", null), "starts with its type");
		expect400(write("*/json", null), "a wildcard type goes only with a wildcard subtype");
		expect400(write("application/json; charset", null), "the parameter 'charset' has no value");
		expect400(write("application/json; charset=", null), "the parameter 'charset' has no value");
		expect400(write("application/json; charset = utf-8", null), "the parameter 'charset' has no value");
		expect400(write("application/json; charset=\"utf-8", null), "is not closed");
		expect400(write("application/json; charset=utf-8; charset=latin1", null), "is given twice");
		expect400(write("application/json, text/plain", null), "more than one media type");
		expect400(write("application/js\u00f6n", null), "outside printable ASCII");
		expect400(write("application/json\u0001", null), "outside printable ASCII");
		expect400(write("application/json; q=abc", null), "q=abc is not a number from 0 to 1");
		expect400(write("application/json x", null), "only parameters may follow");
		expect400(write("application/<json>", null), "'<' may not appear there");
		assertThat(english(MediaTypeHeaders.contentType(List.of("application/json", "application/json")).detail()))
			.contains("2 Content-Type headers; send exactly one");
	}

	@Test
	void aMalformedAcceptIs400AndSaysWhatIsWrong() {
		expect400(read("*/*;q=abc"), "q=abc is not a number from 0 to 1");
		expect400(read("*/*;q=2"), "q=2 is not a number");
		expect400(read("application/json;q=-1"), "q=-1 is not a number");
		expect400(read("application/json;q=0.5555"), "at most three decimals");
		expect400(read("application/json;q=1.5"), "q=1.5 is not");
		expect400(read("application/json;q"), "the parameter 'q' has no value");
		expect400(read("application/json;q="), "the parameter 'q' has no value");
		expect400(read("application/json;charset=\"utf-8"), "is not closed");
		expect400(read("application"), "lacks '/' and a subtype");
		expect400(read("*/json"), "a wildcard type goes only with a wildcard subtype");
		expect400(read("application/json text/html"), "only parameters may follow");
		expect400(read("text/\u0436"), "outside printable ASCII");
		expect400(read("application/json;charset=nope"), "the charset 'nope', which does not exist");
		expect400(read("application/json;q=0.5;q=0.6"), "is given twice");
		expect400(read("text/x-a,".repeat(51)), "lists 51 media ranges; at most 50");
		MockHttpServletRequest several = read("application/json");
		several.addHeader("Accept", "text/html;q=x");
		expect400(several, "q=x is not");
	}

	@Test
	void aWriteToTheApiWhoseAcceptAdmitsNoJsonIs406BeforeAnythingIsDone() {
		for (String accept : new String[] { "text/csv", "text/html", "application/xml, text/*", "application/json;q=0",
				"application/*;q=0, */*", "application/*+json" }) {
			MediaTypeHeaders.Refusal refusal = headers.refusal(write("application/json", accept));
			assertThat(refusal).as(accept).isNotNull();
			assertThat(refusal.status()).as(accept).isEqualTo(406);
			assertThat(english(refusal.detail())).as(accept).contains("admits no JSON; nothing was done");
		}
		for (String accept : new String[] { "application/json", "application/*", "*/*", "text/csv, */*;q=0.1",
				"application/json;charset=utf-8", "application/json;q=0, application/json;charset=utf-8",
				"application/problem+json, application/json;q=0.1" }) {
			assertThat(headers.refusal(write("application/json", accept))).as(accept).isNull();
		}
		MockHttpServletRequest signIn = new MockHttpServletRequest("POST", "/login");
		signIn.addHeader("Accept", "text/html");
		assertThat(headers.refusal(signIn)).as("only the API's writes answer JSON").isNull();
	}

	private void expect400(MockHttpServletRequest request, String reason) {
		MediaTypeHeaders.Refusal refusal = headers.refusal(request);
		assertThat(refusal).as(reason).isNotNull();
		assertThat(refusal.status()).as(english(refusal.detail())).isEqualTo(400);
		assertThat(english(refusal.detail())).contains(reason);
	}

	private static MockHttpServletRequest write(String contentType, String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/protocols");
		if (contentType != null) {
			request.addHeader("Content-Type", contentType);
		}
		if (accept != null) {
			request.addHeader("Accept", accept);
		}
		return request;
	}

	private static MockHttpServletRequest read(String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/protocols");
		request.addHeader("Accept", accept);
		return request;
	}

}
