package org.cooperation.tracker.accounts;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.kernel.country.Country;

/**
 * The demo accounts of the embedded default, one per role and one liaison per country,
 * each with the password {@code demo-<user name>} that the README states. Created once;
 * an account already there (perhaps with a changed password) is left alone. Created while
 * the application starts, before it takes requests; only where
 * {@code tracker.access.demo-users=true} (see {@link AccountsConfiguration}).
 */
@RequiredArgsConstructor
class DemoUsers implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	private final UserAccounts accounts;

	static List<Caller> accounts() {
		List<Caller> demo = new ArrayList<>(
				List.of(Caller.of("secretariat", Role.SECRETARIAT), Caller.of("official", Role.OFFICIAL),
						Caller.of("auditor", Role.AUDITOR), Caller.of("admin", Role.ADMIN)));
		for (Country country : Country.values()) {
			demo.add(Caller.liaison("liaison-" + country.name().toLowerCase(java.util.Locale.ROOT), country));
		}
		return demo;
	}

	static String password(Caller account) {
		return "demo-" + account.name();
	}

	@Override
	public void afterPropertiesSet() {
		long added = accounts().stream().filter(account -> accounts.addDemo(account, password(account))).count();
		if (added > 0) {
			log.info("Created {} demo accounts (passwords: demo-<user name>, see README); never use them in production",
					added);
		}
	}

}
