package org.cooperation.tracker.accounts;

/** No account has that user name. */
public class AccountNotFound extends RuntimeException {

	AccountNotFound(String message) {
		super(message);
	}

}
