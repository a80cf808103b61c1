package org.cooperation.tracker.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.Phrase;
import org.cooperation.tracker.kernel.common.PrintableText;

/**
 * The built-in user accounts: created, given a new password, disabled or enabled, never
 * deleted (their names stay in the event history). Each change records which admin made
 * it and when. A change that sign-in depends on is forgotten here at once, and the
 * table's trigger announces it to every other running application when it commits (see
 * {@link AccountChangeNotifications}).
 */
@RequiredArgsConstructor
public class UserAccounts {

	/** BCrypt reads at most 72 bytes; a longer password would be silently cut. */
	public static final int MAX_PASSWORD_BYTES = 72;

	/** Fewest characters in a password; the OpenAPI document's minLength too. */
	public static final int MIN_PASSWORD_LENGTH = 12;

	/**
	 * A user name: 3 to 64 characters, lower-case letters, digits, '.', '_' or '-',
	 * starting with a letter or digit; the OpenAPI document's pattern too.
	 */
	public static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{2,63}$";

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final AccountChangeNotifications changes;

	public record Account(String username, String role, String country, boolean enabled, boolean demo,
			Instant createdAt, String createdBy, Instant changedAt, String changedBy) {
	}

	public List<Account> all() {
		return jdbc.query("SELECT * FROM tracker_user ORDER BY username",
				(row, i) -> new Account(row.getString("username"), row.getString("role"), row.getString("country"),
						row.getBoolean("enabled"), row.getBoolean("demo"), instant(row.getTimestamp("created_at")),
						row.getString("created_by"), instant(row.getTimestamp("changed_at")),
						row.getString("changed_by")));
	}

	/** Creates an account; a taken user name is refused, not overwritten. */
	@Transactional
	public void create(Caller account, String password, String by) {
		checkName(account.name());
		try {
			jdbc.update(
					"INSERT INTO tracker_user (username, password_hash, role, country, created_at, created_by) "
							+ "VALUES (?, ?, ?, ?, ?, ?)",
					account.name(), passwords.encode(checkPassword(password)), account.role().name(),
					account.country() == null ? null : account.country().name(), Timestamp.from(clock.instant()), by);
		}
		catch (DuplicateKeyException ex) {
			throw new AccountChangeRefused("user name '" + account.name() + "' is taken",
					Phrase.of("accounts.refused.taken", account.name()));
		}
	}

	/**
	 * Adds a demo account unless the name exists; returns whether it was added. Demo
	 * accounts are marked, so a production start can refuse them.
	 */
	@Transactional
	public boolean addDemo(Caller account, String password) {
		return jdbc.update(
				"INSERT INTO tracker_user (username, password_hash, role, country, demo, created_at, created_by) "
						+ "VALUES (?, ?, ?, ?, TRUE, ?, 'demo-users') ON CONFLICT (username) DO NOTHING",
				account.name(), passwords.encode(password), account.role().name(),
				account.country() == null ? null : account.country().name(), Timestamp.from(clock.instant())) == 1;
	}

	/** A new password; the account is no longer a demo default once it has one. */
	@Transactional
	public void changePassword(String username, String password, String by) {
		changed(username, jdbc.update(
				"UPDATE tracker_user SET password_hash = ?, demo = FALSE, changed_at = ?, changed_by = ? WHERE username = ?",
				passwords.encode(checkPassword(password)), Timestamp.from(clock.instant()), by, username));
	}

	@Transactional
	public void enable(String username, boolean enabled, String by) {
		if (!enabled && username.equals(by)) {
			throw new AccountChangeRefused("an admin cannot disable their own account; ask another admin",
					Phrase.of("accounts.refused.disableSelf"));
		}
		changed(username,
				jdbc.update("UPDATE tracker_user SET enabled = ?, changed_at = ?, changed_by = ? WHERE username = ?",
						enabled, Timestamp.from(clock.instant()), by, username));
	}

	/**
	 * The demo accounts that can still sign in with the passwords the README publishes.
	 */
	public List<String> demoAccountsThatCanSignIn() {
		return jdbc.queryForList("SELECT username FROM tracker_user WHERE demo AND enabled ORDER BY username",
				String.class);
	}

	private void changed(String username, int rows) {
		if (rows == 0) {
			throw new AccountNotFound("no user account is named " + Checks.excerpt(username),
					Phrase.of("accounts.refused.unknown", Checks.excerpt(username)));
		}
		changes.changedHere(username);
	}

	private static void checkName(String username) {
		if (!username.matches(USERNAME_PATTERN)) {
			throw new InvalidValueException("a user name is 3 to 64 characters: lower-case letters, digits, "
					+ "'.', '_' or '-', starting with a letter or digit", Phrase.of("accounts.refused.name"));
		}
	}

	private static String checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new InvalidValueException("a password needs at least " + MIN_PASSWORD_LENGTH + " characters",
					Phrase.of("accounts.refused.passwordShort", MIN_PASSWORD_LENGTH));
		}
		// A lone surrogate would be hashed as '?', so two different passwords would
		// match.
		PrintableText.check(password, "password", PrintableText.Kind.LINE);
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new InvalidValueException("a password may be at most " + MAX_PASSWORD_BYTES + " bytes long",
					Phrase.of("accounts.refused.passwordLong", MAX_PASSWORD_BYTES));
		}
		return password;
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
