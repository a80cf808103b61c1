package org.cooperation.tracker.accounts;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.kernel.country.Country;

/**
 * The accounts as sign-in reads them; both applications sign in against them. A user's
 * authorities are its {@link Caller#authorities()}.
 */
@RequiredArgsConstructor
public class BuiltInUsers implements UserDetailsService {

	private final JdbcTemplate jdbc;

	@Override
	public UserDetails loadUserByUsername(String username) {
		List<UserDetails> found = jdbc.query(
				"SELECT username, password_hash, role, country, enabled FROM tracker_user WHERE username = ?",
				(row, i) -> {
					String country = row.getString("country");
					Caller caller = new Caller(row.getString("username"), Role.ofUser(row.getString("role")),
							country == null ? null : Country.fromCode(country));
					return User.withUsername(caller.name())
						.password(row.getString("password_hash"))
						.disabled(!row.getBoolean("enabled"))
						.authorities(caller.authorities().stream().map(SimpleGrantedAuthority::new).toList())
						.build();
				}, username);
		if (found.isEmpty()) {
			throw new UsernameNotFoundException("no such user");
		}
		return found.get(0);
	}

}
