package org.cooperation.tracker.query.language;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reader's language: switched on any page with {@code ?lang=}, remembered in a cookie
 * that wins over the browser's Accept-Language, and refused with a clear page when the
 * tracker does not speak it.
 */
class LanguageChoiceSliceTest extends QuerySliceTest {

	@Test
	void aSwitchShowsThePageInThatLanguageAndRemembersIt() throws Exception {
		mvc.perform(get("/login").param("lang", "ru").header(HttpHeaders.ACCEPT_LANGUAGE, "en").with(anonymous()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"ru\">"), containsString("Пароль"))))
			.andExpect(cookie().value(DashboardLanguage.COOKIE, "ru"))
			.andExpect(cookie().maxAge(DashboardLanguage.COOKIE, 365 * 24 * 60 * 60))
			.andExpect(cookie().httpOnly(DashboardLanguage.COOKIE, true));

		mvc.perform(get("/login").cookie(new Cookie(DashboardLanguage.COOKIE, "ru"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.with(anonymous())).andExpect(content().string(containsString("<html lang=\"ru\">")));
	}

	@Test
	void everyPageOffersTheOtherTwoLanguagesKeepingItsQuery() throws Exception {
		mvc.perform(get("/login?error").with(anonymous()))
			.andExpect(content().string(allOf(containsString("href=\"/login?error&amp;lang=ru\""),
					containsString("href=\"/login?error&amp;lang=en\""), containsString("aria-current=\"true\""),
					containsString("Қазақша"))));
	}

	@Test
	void aCookieNamingALanguageTheTrackerDoesNotSpeakIsIgnored() throws Exception {
		mvc.perform(get("/login").cookie(new Cookie(DashboardLanguage.COOKIE, "de"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9")
			.with(anonymous())).andExpect(content().string(containsString("<html lang=\"en\">")));
	}

	@Test
	void anUnknownLanguageGetsThePageSayingWhichItMayBe() throws Exception {
		mvc.perform(get("/login").param("lang", "xx")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.with(anonymous())
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is not a language of the tracker: kk, ru or en")))
			.andExpect(cookie().doesNotExist(DashboardLanguage.COOKIE));
		mvc.perform(get("/login").param("lang", "<script>").with(anonymous()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("трекердің тілі емес"), not(containsString("<script>")))));
	}

}
