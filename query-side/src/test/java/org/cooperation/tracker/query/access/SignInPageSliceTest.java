package org.cooperation.tracker.query.access;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
			mvc.perform(get(path).with(anonymous()))
				.andExpect(status().isOk())
				.andExpect(view().name("login"))
				.andExpect(model().attribute("pageTitle", "Sign in"));
		}
	}

	@Test
	void aPageAskedForByNobodySignedInSendsTheBrowserToTheForm() throws Exception {
		mvc.perform(get("/").with(anonymous()).accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("**/login"));
	}

}
