package org.cooperation.tracker.command.access;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import org.cooperation.tracker.access.SignIn;
import org.cooperation.tracker.kernel.access.Role;

/**
 * Which role reaches which address of the command API. Only the secretariat and liaisons
 * write records, only admins manage users; readers (officials, auditors) are refused
 * every write here, whatever the record. Whether a liaison may write a particular record
 * is decided by the aggregate holding it (see {@link Access}).
 */
@Configuration(proxyBeanMethods = false)
class CommandSideSecurity {

	@Bean
	SecurityFilterChain commandApi(HttpSecurity http, SignIn signIn) throws Exception {
		signIn.api(http)
			.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers("/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
						"/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.requestMatchers("/api/admin/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers(HttpMethod.GET, "/api/**")
				.authenticated()
				.requestMatchers("/api/**")
				.hasAnyRole(Role.SECRETARIAT.name(), Role.LIAISON.name())
				.anyRequest()
				.hasRole(Role.ADMIN.name()));
		return http.build();
	}

}
