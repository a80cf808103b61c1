package org.cooperation.tracker.query.access;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import org.cooperation.tracker.access.SignIn;
import org.cooperation.tracker.kernel.access.Role;

/**
 * Every signed-in role reads the API and the dashboard, the stored event history only
 * auditors; nothing here writes (a write method is answered 405 by the application, after
 * sign-in). The API answers 401 problem+json to a caller without valid credentials; the
 * pages send a browser to the sign-in form instead.
 */
@Configuration(proxyBeanMethods = false)
class QuerySideSecurity {

	/**
	 * Open to all with any query ({@code ?error}, {@code ?signed-out}): the form login's
	 * own permit matches the address exactly, query included.
	 */
	static final String LOGIN_PAGE = "/login";

	@Bean
	@Order(1)
	SecurityFilterChain queryApi(HttpSecurity http, SignIn signIn) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**");
		signIn.api(http)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name())
				.requestMatchers("/api/replays", "/api/replays/**")
				.hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
				.requestMatchers("/api/audit/**")
				.hasRole(Role.AUDITOR.name())
				.requestMatchers("/api/admin/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain dashboard(HttpSecurity http, SignIn signIn) throws Exception {
		signIn.pages(http, LOGIN_PAGE)
			.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(LOGIN_PAGE, "/error", "/css/**", "/js/**", "/webjars/**", "/geo/**", "/favicon.ico",
						"/favicon.svg", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.anyRequest()
				.authenticated());
		return http.build();
	}

}
