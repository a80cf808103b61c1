package org.cooperation.tracker.command.access;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.access.Callers;
import org.cooperation.tracker.accounts.AccountChangeRefused;
import org.cooperation.tracker.accounts.AccountNotFound;
import org.cooperation.tracker.accounts.UserAccounts;
import org.cooperation.tracker.command.refusal.RecordNotFound;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.country.Country;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * Admins manage the built-in user accounts here (only when built-in sign-in is used; with
 * an identity provider the ministry manages its users there). The accounts themselves,
 * and making a change hold in both applications at once, are the accounts module's.
 */
@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "User accounts", description = "Built-in users: admins only")
@RequiredArgsConstructor
class UserAdministrationController {

	private final UserAccounts accounts;

	/**
	 * @param username 3–64 characters: lower-case letters, digits, '.', '_', '-'
	 * @param password at least 12 characters, at most 72 bytes
	 * @param role SECRETARIAT, LIAISON, OFFICIAL, AUDITOR or ADMIN
	 * @param country a liaison's country (alpha-2); no other role has one
	 */
	record NewAccount(
			@Schema(requiredMode = REQUIRED, pattern = UserAccounts.USERNAME_PATTERN,
					example = "liaison.kz") String username,
			@Schema(requiredMode = REQUIRED, minLength = UserAccounts.MIN_PASSWORD_LENGTH,
					maxLength = UserAccounts.MAX_PASSWORD_BYTES, description = PASSWORD) String password,
			@Schema(requiredMode = REQUIRED,
					description = "SECRETARIAT, LIAISON, OFFICIAL, AUDITOR or ADMIN, any " + "letter case",
					example = "LIAISON") String role,
			@Schema(description = "a liaison's country: " + Country.CODE_DESCRIPTION + "; no other role has one",
					pattern = Country.CODE_PATTERN, example = "KZ") String country) {
	}

	record NewPassword(@Schema(requiredMode = REQUIRED, minLength = UserAccounts.MIN_PASSWORD_LENGTH,
			maxLength = UserAccounts.MAX_PASSWORD_BYTES, description = PASSWORD) String password) {
	}

	record Enabled(@Schema(requiredMode = REQUIRED) Boolean enabled) {
	}

	/** What a password must be, in the document's words. */
	private static final String PASSWORD = "at least " + UserAccounts.MIN_PASSWORD_LENGTH + " characters and at most "
			+ UserAccounts.MAX_PASSWORD_BYTES + " bytes in UTF-8";

	@GetMapping
	@Operation(operationId = "listUserAccounts", summary = "Every user account, without password hashes")
	List<UserAccounts.Account> all() {
		return accounts.all();
	}

	@PostMapping
	@Operation(operationId = "createUserAccount", summary = "Creates a user account")
	ResponseEntity<Void> create(@RequestBody NewAccount body) {
		Checks.required(body, "body");
		Checks.required(body.username(), "username");
		Role role = Role.ofUser(body.role());
		Caller account = new Caller(body.username(), role,
				body.country() == null ? null : Country.fromCode(body.country()));
		answered(() -> accounts.create(account, body.password(), admin()));
		return ResponseEntity.created(URI.create("/api/admin/users/" + account.name())).build();
	}

	@PutMapping("/{username}/password")
	@Operation(operationId = "changeUserPassword", summary = "Gives an account a new password")
	ResponseEntity<Void> changePassword(@PathVariable String username, @RequestBody NewPassword body) {
		Checks.required(body, "body");
		answered(() -> accounts.changePassword(username, body.password(), admin()));
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/{username}/enabled")
	@Operation(operationId = "enableUserAccount",
			summary = "Disables or enables an account (accounts are never deleted)")
	ResponseEntity<Void> enable(@PathVariable String username, @RequestBody Enabled body) {
		Checks.required(body, "body");
		Checks.required(body.enabled(), "enabled");
		answered(() -> accounts.enable(username, body.enabled(), admin()));
		return ResponseEntity.noContent().build();
	}

	/**
	 * The accounts' refusals, answered as the command API answers every refusal, in the
	 * caller's language.
	 */
	private static void answered(Runnable change) {
		try {
			change.run();
		}
		catch (AccountNotFound ex) {
			throw new RecordNotFound(ex.getMessage(), ex.phrase());
		}
		catch (AccountChangeRefused ex) {
			throw new RuleViolation(ex.getMessage(), ex.phrase());
		}
	}

	private static String admin() {
		return Callers.current().name();
	}

}
