package org.cooperation.tracker.command.access;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
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
	record NewAccount(String username, String password, String role, String country) {
	}

	record NewPassword(String password) {
	}

	record Enabled(Boolean enabled) {
	}

	@GetMapping
	@Operation(summary = "Every user account, without password hashes")
	List<UserAccounts.Account> all() {
		return accounts.all();
	}

	@PostMapping
	@Operation(summary = "Creates a user account")
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
	@Operation(summary = "Gives an account a new password")
	ResponseEntity<Void> changePassword(@PathVariable String username, @RequestBody NewPassword body) {
		Checks.required(body, "body");
		answered(() -> accounts.changePassword(username, body.password(), admin()));
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/{username}/enabled")
	@Operation(summary = "Disables or enables an account (accounts are never deleted)")
	ResponseEntity<Void> enable(@PathVariable String username, @RequestBody Enabled body) {
		Checks.required(body, "body");
		Checks.required(body.enabled(), "enabled");
		answered(() -> accounts.enable(username, body.enabled(), admin()));
		return ResponseEntity.noContent().build();
	}

	/** The accounts' refusals, answered as the command API answers every refusal. */
	private static void answered(Runnable change) {
		try {
			change.run();
		}
		catch (AccountNotFound ex) {
			throw new RecordNotFound(ex.getMessage());
		}
		catch (AccountChangeRefused ex) {
			throw new RuleViolation(ex.getMessage());
		}
	}

	private static String admin() {
		return Callers.current().name();
	}

}
