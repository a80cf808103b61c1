package org.cooperation.tracker.command.access;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import org.cooperation.tracker.accounts.AccountRefusals;
import org.cooperation.tracker.accounts.UserAccounts;
import org.cooperation.tracker.command.web.CommandApiSlice;
import org.cooperation.tracker.command.web.CommandApiSliceTest;
import org.cooperation.tracker.command.web.SliceCallers;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.country.Country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;

/**
 * {@link UserAdministrationController} in a slice: the checks of
 * {@link CommandApiSliceTest} on its writes, with the user accounts (the slice's mock) as
 * what the writes reach; the refusals the controller makes itself, and the accounts'
 * refusals answered as the command API answers every refusal. That a password is stored
 * hashed, that a new one replaces the old and that an admin cannot lock themselves out
 * are the accounts' rules, checked on PostgreSQL by {@code UserAdministrationTest}.
 */
@CommandApiSlice(UserAdministrationController.class)
class UserAdministrationControllerSliceTest extends CommandApiSliceTest {

	static final String USERS = "/api/admin/users";

	@Autowired
	UserAccounts accounts;

	@Override
	protected Object receiver() {
		return accounts;
	}

	@Test
	void creatingALiaisonAnswers201WithItsLocationAndBindsItToItsCountry() {
		MvcResult created = perform(json("POST", USERS, "admin", """
				{"username":"new-liaison-tj","password":"correct horse battery","role":"liaison","country":"tj"}"""));
		assertThat(created.getResponse().getStatus()).as(contentOf(created)).isEqualTo(201);
		assertThat(created.getResponse().getHeader("Location")).isEqualTo(USERS + "/new-liaison-tj");
		verify(accounts).create(Caller.liaison("new-liaison-tj", Country.TJ), "correct horse battery", "admin");
	}

	@Test
	void aNewPasswordAndDisablingAreAnswered204() {
		assertThat(perform(json("PUT", USERS + "/rotating-auditor/password", "admin", """
				{"password":"second long password"}""")).getResponse().getStatus()).isEqualTo(204);
		verify(accounts).changePassword("rotating-auditor", "second long password", "admin");
		assertThat(perform(json("PUT", USERS + "/auditor/enabled", "admin", """
				{"enabled":false}""")).getResponse().getStatus()).isEqualTo(204);
		verify(accounts).enable("auditor", false, "admin");
		assertThat(perform(json("PUT", USERS + "/auditor/enabled", "admin", """
				{"enabled":true}""")).getResponse().getStatus()).isEqualTo(204);
		verify(accounts).enable("auditor", true, "admin");
	}

	@Test
	void badAccountsAreRefusedWithA400ProblemThatSaysWhy() {
		expectProblem(create("{\"username\":\"a-liaison\",\"password\":\"long enough password\",\"role\":\"LIAISON\"}"),
				400, "Invalid request", "bound to no country");
		expectProblem(
				create("{\"username\":\"an-official\",\"password\":\"long enough password\","
						+ "\"role\":\"OFFICIAL\",\"country\":\"KZ\"}"),
				400, "Invalid request", "cannot be bound to a country");
		expectProblem(create("{\"username\":\"robot\",\"password\":\"long enough password\",\"role\":\"SYSTEM\"}"), 400,
				"Invalid request", "unknown role");
		expectProblem(create("{\"password\":\"long enough password\",\"role\":\"OFFICIAL\"}"), 400, "Invalid request",
				"username is required");
		expectProblem(create("{\"username\":\"no-role\",\"password\":\"long enough password\"}"), 400,
				"Invalid request", "a role is required");
		expectProblem(json("PUT", USERS + "/auditor/enabled", "admin", "{}"), 400, "Invalid request",
				"enabled is required");
	}

	@Test
	void theAccountsRefusalsAreAnsweredAsProblems() {
		willThrow(new InvalidValueException("a password needs at least 12 characters")).given(accounts)
			.create(any(), eq("short"), anyString());
		expectProblemAfterCommand(create("{\"username\":\"short-pass\",\"password\":\"short\",\"role\":\"OFFICIAL\"}"),
				400, "at least 12 characters");
		willThrow(AccountRefusals.changeRefused("user name 'official' is taken")).given(accounts)
			.create(any(), eq("long enough password"), anyString());
		expectProblemAfterCommand(
				create("{\"username\":\"official\",\"password\":\"long enough password\",\"role\":\"OFFICIAL\"}"), 409,
				"taken");
		willThrow(AccountRefusals.notFound("no user account is named 'no-such-user'")).given(accounts)
			.changePassword(eq("no-such-user"), anyString(), anyString());
		expectProblemAfterCommand(json("PUT", USERS + "/no-such-user/password", "admin", """
				{"password":"second long password"}"""), 404, "no user account is named");
		willThrow(AccountRefusals.changeRefused("an admin cannot disable their own account; ask another admin"))
			.given(accounts)
			.enable("admin", false, "admin");
		expectProblemAfterCommand(json("PUT", USERS + "/admin/enabled", "admin", """
				{"enabled":false}"""), 409, "cannot disable their own account");
	}

	@Test
	void onlyAdminsManageAccounts() {
		given(accounts.all()).willReturn(List.of());
		for (String user : new String[] { "secretariat", "liaison-kz", "official", "auditor" }) {
			expectProblem(MockMvcRequestBuilders.get(USERS).with(SliceCallers.signedInAs(user)), 403, "Forbidden", "");
		}
		assertThat(perform(MockMvcRequestBuilders.get(USERS).with(SliceCallers.signedInAs("admin"))).getResponse()
			.getStatus()).isEqualTo(200);
	}

	private MockHttpServletRequestBuilder create(String body) {
		return json("POST", USERS, "admin", body);
	}

}
