package org.cooperation.tracker.query.access;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import org.cooperation.tracker.access.AccessProperties;
import org.cooperation.tracker.access.Callers;
import org.cooperation.tracker.accounts.UserAccounts;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.web.DashboardPage;
import org.cooperation.tracker.query.web.Display;
import org.cooperation.tracker.query.web.ErrorPage;

/**
 * The admins' page of the built-in user accounts: every account with its role, country
 * and whether it may sign in, and the forms to create one, give one a new password and
 * disable or enable one. The forms write through the command side's
 * {@code /api/admin/users} on the same origin (the gateway), as the signed-in admin; the
 * command side decides. The list is read here from the accounts module, which both
 * applications share (the query side signs in against the same table): it is not a read
 * model that follows events, so there is nothing to wait for and no second path through
 * the command side. {@link UserAccounts.Account} holds no password hash, and the page
 * shows no password: a new one is typed into a password field and sent once.
 */
@Controller
@DashboardPage
@RequiredArgsConstructor
class AccountsPage {

	static final String PATH = "/admin/accounts";

	private final UserAccounts accounts;

	private final AccessProperties access;

	private final Display show;

	@GetMapping(PATH)
	ModelAndView accounts() {
		Caller caller = Callers.current();
		if (caller == null || !caller.is(Role.ADMIN)) {
			return ErrorPage.of(HttpStatus.FORBIDDEN, show.label("accounts.onlyAdmins"));
		}
		ModelAndView page = new ModelAndView("admin-accounts");
		page.addObject("pageTitle", show.label("accounts.title"));
		boolean builtIn = access.signIn() == AccessProperties.SignIn.BUILT_IN;
		page.addObject("builtIn", builtIn);
		page.addObject("accounts", builtIn ? lines(caller) : List.of());
		page.addObject("roles", List.of(Role.SECRETARIAT, Role.LIAISON, Role.OFFICIAL, Role.AUDITOR, Role.ADMIN));
		page.addObject("countries", Country.values());
		page.addObject("minPassword", UserAccounts.MIN_PASSWORD_LENGTH);
		return page;
	}

	private List<AccountLine> lines(Caller caller) {
		// To the second: a new password changes nothing else the page shows, and the
		// forms' script waits until the page shows a change.
		DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(ZoneOffset.UTC);
		return accounts.all().stream().map((a) -> {
			Instant changedAt = (a.changedAt() != null) ? a.changedAt() : a.createdAt();
			String changedBy = (a.changedAt() != null) ? a.changedBy() : a.createdBy();
			return new AccountLine(a.username(), Role.valueOf(a.role()),
					(a.country() != null) ? Country.valueOf(a.country()) : null, a.enabled(), a.demo(),
					a.username().equals(caller.name()), changedAt, changedBy,
					(changedAt != null) ? time.format(changedAt) + " UTC" : "—");
		}).toList();
	}

}
