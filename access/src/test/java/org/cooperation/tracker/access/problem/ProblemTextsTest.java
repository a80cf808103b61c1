package org.cooperation.tracker.access.problem;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import org.cooperation.tracker.access.language.Languages;
import org.cooperation.tracker.accounts.UserAccounts;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.Phrase;
import org.cooperation.tracker.kernel.common.PrintableText;
import org.cooperation.tracker.kernel.country.Country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The words of a problem in each language: a refusal's phrase worded in Kazakh, Russian
 * and English (the English exactly the refusal's own message), a refusal without one kept
 * in English and marked, and a language the tracker does not speak answered in Kazakh.
 */
class ProblemTextsTest {

	private final ProblemTexts texts = ProblemTexts.standalone();

	@Test
	void theSharedValueChecksAreWordedInEachLanguageAndTheirEnglishIsTheirMessage() {
		InvalidValueException required = catchThrowableOfType(InvalidValueException.class,
				() -> Checks.requiredLine("  ", "place"));
		InvalidValueException tooLong = catchThrowableOfType(InvalidValueException.class,
				() -> Checks.requiredLine("x".repeat(301), "place"));
		InvalidValueException control = catchThrowableOfType(InvalidValueException.class,
				() -> PrintableText.check("a\u0000", "note", PrintableText.Kind.FREE_TEXT));
		InvalidValueException date = catchThrowableOfType(InvalidValueException.class,
				() -> Checks.plausibleDate(java.time.LocalDate.of(1800, 1, 1), "signedOn"));
		for (InvalidValueException refusal : new InvalidValueException[] { required, tooLong, control, date }) {
			assertThat(texts.text(refusal.phrase(), Languages.ENGLISH)).isEqualTo(refusal.getMessage());
		}
		assertThat(texts.text(required.phrase(), Languages.KAZAKH))
			.isEqualTo("place өрісі міндетті және бос болмауы керек");
		assertThat(texts.text(required.phrase(), Languages.RUSSIAN))
			.isEqualTo("поле place обязательно и не может быть пустым");
		assertThat(texts.text(tooLong.phrase(), Languages.RUSSIAN)).isEqualTo("поле place длиннее 300 символов");
		assertThat(texts.text(control.phrase(), Languages.KAZAKH)).contains("U+0000").contains("басқару таңбасы");
	}

	@Test
	void theAccountsRefusalsAreWordedInEachLanguageAndTheirEnglishIsTheirMessage() {
		UserAccounts accounts = new UserAccounts(null, null, null, null);
		RuntimeException self = catchThrowableOfType(RuntimeException.class,
				() -> accounts.enable("admin", false, "admin"));
		InvalidValueException name = catchThrowableOfType(InvalidValueException.class,
				() -> accounts.create(Caller.of("A", Role.OFFICIAL), "a long enough password", "admin"));
		InvalidValueException countryless = catchThrowableOfType(InvalidValueException.class,
				() -> new Caller("aibek", Role.LIAISON, null));
		InvalidValueException bound = catchThrowableOfType(InvalidValueException.class,
				() -> new Caller("aibek", Role.OFFICIAL, Country.KZ));
		for (RuntimeException refusal : List.of(self, name, countryless, bound)) {
			Phrase phrase = Phrase.of(refusal);
			assertThat(phrase).as(refusal.getMessage()).isNotNull();
			assertThat(texts.text(phrase, Languages.ENGLISH)).isEqualTo(refusal.getMessage());
			assertThat(texts.text(phrase, Languages.RUSSIAN)).isNotEqualTo(refusal.getMessage());
			assertThat(texts.text(phrase, Languages.KAZAKH)).isNotEqualTo(refusal.getMessage());
		}
		assertThat(texts.text(Phrase.of(bound), Languages.RUSSIAN))
			.isEqualTo("OFFICIAL «aibek» не может быть привязан к стране: страна есть только у контактного лица");
		assertThat(texts.text(Phrase.of("accounts.refused.taken", "official"), Languages.ENGLISH))
			.isEqualTo("user name 'official' is taken");
		assertThat(texts.text(Phrase.of("accounts.refused.taken", "official"), Languages.KAZAKH))
			.isEqualTo("«official» пайдаланушы аты бос емес");
	}

	@Test
	void aRefusalWithoutWordsOfItsOwnStaysEnglishAndSaysSoUnlessTheAnswerIsEnglish() {
		InvalidValueException plain = new InvalidValueException("an evidence link is an https address");
		ProblemDetail kazakh = texts.problem(HttpStatus.BAD_REQUEST, "problem.title.invalidRequest", plain,
				Languages.KAZAKH);
		assertThat(kazakh.getTitle()).isEqualTo("Жарамсыз сұрау");
		assertThat(kazakh.getDetail()).isEqualTo("an evidence link is an https address");
		assertThat(kazakh.getProperties()).containsEntry(ProblemTexts.DETAIL_LANGUAGE, "en");
		ProblemDetail english = texts.problem(HttpStatus.BAD_REQUEST, "problem.title.invalidRequest", plain,
				Languages.ENGLISH);
		assertThat(english.getTitle()).isEqualTo("Invalid request");
		assertThat(english.getProperties()).isNull();
		ProblemDetail worded = texts.problem(HttpStatus.BAD_REQUEST, "problem.title.invalidRequest",
				Phrase.of("value.required", "title"), Languages.RUSSIAN);
		assertThat(worded.getProperties()).isNull();
	}

	@Test
	void aLanguageTheTrackerDoesNotSpeakIsAnsweredInKazakh() {
		assertThat(ProblemTexts.supported(Locale.GERMAN)).isEqualTo(Languages.KAZAKH);
		assertThat(ProblemTexts.supported(Locale.forLanguageTag("ru-RU"))).isEqualTo(Languages.RUSSIAN);
		assertThat(texts.text("problem.title.forbidden", Locale.GERMAN)).isEqualTo("Рұқсат етілмеген");
	}

	@Test
	void theContainersOwnAnswerIsWordedWithoutTheApplication() {
		assertThat(ProblemReportValve.problem(400, Languages.ENGLISH)).contains("\"title\":\"Bad Request\"")
			.contains("encoded '/', '\\\\' or NUL");
		assertThat(ProblemReportValve.problem(400, Languages.RUSSIAN)).contains("\"title\":\"Неверный запрос\"");
		assertThat(ProblemReportValve.problem(418, Languages.KAZAKH)).contains("\"title\":\"Қате\"");
	}

}
