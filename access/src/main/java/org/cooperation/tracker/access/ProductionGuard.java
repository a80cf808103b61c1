package org.cooperation.tracker.access;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.accounts.UserAccounts;

/**
 * Under the {@code prod} profile, refuses to start while the demo accounts, whose
 * passwords the README publishes, could sign in: when they are configured to be created,
 * or when enabled ones are still in the database with their demo passwords.
 */
@Component
@Profile("prod")
@RequiredArgsConstructor
class ProductionGuard implements InitializingBean {

	private final AccessProperties settings;

	private final UserAccounts accounts;

	@Override
	public void afterPropertiesSet() {
		if (settings.demoUsers()) {
			throw new IllegalStateException("the prod profile refuses tracker.access.demo-users=true: "
					+ "the demo accounts' passwords are published in the README");
		}
		if (settings.signIn() != AccessProperties.SignIn.BUILT_IN) {
			return;
		}
		List<String> demo = accounts.demoAccountsThatCanSignIn();
		if (!demo.isEmpty()) {
			throw new IllegalStateException("the prod profile refuses to start while demo accounts can sign in with "
					+ "their published passwords: " + String.join(", ", demo)
					+ "; give them new passwords or disable them (PUT /api/admin/users/{name}/password or /enabled)");
		}
	}

}
