package org.cooperation.tracker.accounts;

/**
 * A change an account's rules refuse given its current state: a taken user name, an admin
 * disabling their own account.
 */
public class AccountChangeRefused extends RuntimeException {

	AccountChangeRefused(String message) {
		super(message);
	}

}
