package org.cooperation.tracker.accounts;

/**
 * The accounts' refusals, for slices that stand in for {@link UserAccounts}: only the
 * accounts module makes them, so their constructors are the package's own.
 */
public final class AccountRefusals {

	private AccountRefusals() {
	}

	public static RuntimeException notFound(String message) {
		return new AccountNotFound(message);
	}

	public static RuntimeException changeRefused(String message) {
		return new AccountChangeRefused(message);
	}

}
