package org.cooperation.tracker.query.access;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * {@link SignInPage} in a slice: the form is open to everyone, with any query, and a page
 * asked for by nobody signed in sends the browser there.
 */
class SignInPageSliceTest extends QuerySliceTest {

	@Test
	void theFormIsOpenToEveryoneWithAnyQuery() throws Exception {
		for (String path : new String[] { "/login", "/login?error", "/login?signed-out" }) {
			mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "en").with(anonymous()))
				.andExpect(status().isOk())
				.andExpect(view().name("login"))
				.andExpect(model().attribute("pageTitle", "Sign in"));
		}
	}

	@Test
	void theFormSpeaksKazakhUnlessTheBrowserAsksForRussianOrEnglish() throws Exception {
		mvc.perform(get("/login").with(anonymous()))
			.andExpect(model().attribute("pageTitle", "Кіру"))
			.andExpect(content().string(containsString("<html lang=\"kk\">")));
		mvc.perform(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE, ru;q=0.8, en;q=0.5").with(anonymous()))
			.andExpect(model().attribute("pageTitle", "Вход"))
			.andExpect(content().string(containsString("Пароль")));
	}

	@Test
	void aPageAskedForByNobodySignedInSendsTheBrowserToTheForm() throws Exception {
		mvc.perform(get("/").with(anonymous()).accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("**/login"));
	}

}
