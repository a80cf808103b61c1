package org.cooperation.tracker.query.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import org.cooperation.tracker.access.language.Languages;
import org.cooperation.tracker.access.language.TrackerMessages;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** How a page words values in each of the three languages, with the real bundles. */
class DisplayTest {

	private final Display show = new Display(new TrackerMessages().messageSource());

	private static final LocalizedText ONLY_RUSSIAN = new LocalizedText(null, "Культурный календарь", null);

	private static final LocalizedText ALL = new LocalizedText("Мәдени күнтізбе", "Культурный календарь",
			"Cultural calendar");

	@AfterEach
	void forgetTheLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aTextIsShownInTheReadersLanguageWhenRecordedInIt() {
		in(Languages.KAZAKH);
		assertThat(show.text(ALL)).isEqualTo("Мәдени күнтізбе");
		assertThat(show.lang(ALL)).isEqualTo("kk");
		assertThat(show.fallback(ALL)).isEmpty();
		assertThat(show.fallbackNote(ALL)).isNull();
		in(Languages.ENGLISH);
		assertThat(show.text(ALL)).isEqualTo("Cultural calendar");
	}

	@Test
	void aTextMissingInTheReadersLanguageIsShownInAnotherAndMarkedSo() {
		in(Languages.KAZAKH);
		assertThat(show.text(ONLY_RUSSIAN)).isEqualTo("Культурный календарь");
		assertThat(show.lang(ONLY_RUSSIAN)).isEqualTo("ru");
		assertThat(show.fallback(ONLY_RUSSIAN)).isEqualTo("fallback");
		assertThat(show.fallbackNote(ONLY_RUSSIAN)).isEqualTo("қазақша жазылмаған; орысша көрсетілген");
		in(Languages.ENGLISH);
		assertThat(show.fallbackNote(ONLY_RUSSIAN)).isEqualTo("not recorded in English; shown in Russian");
		assertThat(show.text(LocalizedText.english("Only English"))).isEqualTo("Only English");
		in(Languages.RUSSIAN);
		assertThat(show.text(new LocalizedText("Тек қазақша", null, "English too"))).isEqualTo("English too");
	}

	@Test
	void labelsDatesAndNumbersFollowTheLanguage() {
		in(Languages.RUSSIAN);
		assertThat(show.status(ParticipationStatus.AGREED)).isEqualTo("Согласовано");
		assertThat(show.country(Country.KG)).isEqualTo("Кыргызстан");
		assertThat(show.date(LocalDate.of(2025, 11, 14))).contains("2025").contains("нояб");
		assertThat(show.number(1200)).isEqualTo("1\u00a0200");
		in(Languages.KAZAKH);
		assertThat(show.status(ParticipationStatus.AGREED)).isEqualTo("Келісілген");
		assertThat(show.country(Country.KG)).isEqualTo("Қырғызстан");
		in(Languages.ENGLISH);
		assertThat(show.status(ParticipationStatus.AGREED)).isEqualTo("Agreed");
		assertThat(show.date(LocalDate.of(2025, 11, 14))).isEqualTo("Nov 14, 2025");
		assertThat(show.percent(40)).isEqualTo("40%");
		assertThat(show.number(1200)).isEqualTo("1,200");
		assertThat(show.recorded(Instant.parse("2025-12-01T10:00:00Z"))).isEqualTo("Dec 1, 2025, 10:00 AM UTC");
	}

	private static void in(Locale language) {
		LocaleContextHolder.setLocale(language);
	}

}
