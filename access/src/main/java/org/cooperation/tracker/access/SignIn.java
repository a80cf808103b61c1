package org.cooperation.tracker.access;

import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.access.guard.BrowserOrigins;
import org.cooperation.tracker.access.guard.FailedSignIns;
import org.cooperation.tracker.access.guard.RateLimitFilter;
import org.cooperation.tracker.access.guard.SharedBuckets;
import org.cooperation.tracker.access.problem.NotYours;
import org.cooperation.tracker.access.problem.ProblemWriter;
import org.cooperation.tracker.access.problem.SignInRequired;
import org.cooperation.tracker.access.signin.JwtSignIn;
import org.cooperation.tracker.access.signin.SessionUnlessAuthorized;
import org.cooperation.tracker.access.signin.SignedInSessions;

/**
 * Sign-in and the guards common to every filter chain of both applications: the
 * configured way of signing in, 401/403 as problem+json, the rate limit, closed CORS and
 * the security headers. Each application adds which role reaches which address.
 */
@Component
@RequiredArgsConstructor
public class SignIn {

	/**
	 * Pages and API answers load nothing from elsewhere and run no inline script or
	 * style.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Swagger UI, a page we do not write, sets inline styles as it renders; it alone may,
	 * and still loads nothing from elsewhere.
	 */
	static final String API_DOCUMENTATION_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	private static final RequestMatcher API_DOCUMENTATION = new OrRequestMatcher(
			new AntPathRequestMatcher("/swagger-ui.html"), new AntPathRequestMatcher("/swagger-ui/**"));

	private final AccessProperties settings;

	private final ProblemWriter problems;

	private final SharedBuckets rateLimits;

	private final ObjectProvider<AuthenticationManager> builtInUsers;

	private final ObjectProvider<JwtDecoder> tokens;

	private final FailedSignIns failedSignIns;

	private final SignedInSessions sessions;

	/**
	 * For a REST API: no session and no cookie (so no CSRF to guard against); every
	 * request signs in with HTTP Basic or a bearer token, and a missing or refused
	 * sign-in is a 401.
	 */
	public HttpSecurity api(HttpSecurity http) throws Exception {
		if (settings.signIn() == AccessProperties.SignIn.BUILT_IN && sessions.isShared()) {
			signedInSessionsToo(http);
		}
		else {
			http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf(AbstractHttpConfigurer::disable);
		}
		http.requestCache(cache -> cache.disable());
		SignInRequired signInRequired = signInRequired();
		http.exceptionHandling(handling -> handling.authenticationEntryPoint(signInRequired));
		signInWith(http, signInRequired);
		if (settings.signIn() == AccessProperties.SignIn.BUILT_IN) {
			http.httpBasic(basic -> basic.authenticationEntryPoint(signInRequired));
		}
		return guards(http);
	}

	/**
	 * For the dashboard's pages: with built-in users a sign-in form and a session (forms
	 * carry a CSRF token), which ends when its account is disabled or given a new
	 * password; with an identity provider, the bearer token its gateway adds.
	 */
	public HttpSecurity pages(HttpSecurity http, String loginPage) throws Exception {
		signInWith(http, signInRequired());
		if (settings.signIn() == AccessProperties.SignIn.BUILT_IN) {
			http.httpBasic(basic -> basic.authenticationEntryPoint(signInRequired()))
				.formLogin(
						form -> form.loginPage(loginPage).permitAll().failureHandler((request, response, failure) -> {
							failedSignIns.failed(request);
							new SimpleUrlAuthenticationFailureHandler(loginPage + "?error")
								.onAuthenticationFailure(request, response, failure);
						}))
				.logout(logout -> logout.logoutSuccessUrl(loginPage + "?signed-out"))
				.sessionManagement(session -> session.maximumSessions(-1)
					.sessionRegistry(sessions.registry())
					.expiredUrl(loginPage + "?signed-out"));
		}
		return guards(http);
	}

	/**
	 * The API also accepts a session the dashboard's sign-in form made (in the store both
	 * applications share), so that a page on the gateway's one origin writes as its
	 * signed-in user, judged by the same rules as any client. It never makes a session
	 * nor sets a cookie. A request with an {@code Authorization} header is judged by that
	 * header alone, exactly as before (no session read, no CSRF token asked); a request
	 * that writes on the strength of a session must carry the session's CSRF token in
	 * {@code X-CSRF-TOKEN}, as the dashboard's own forms do, or it is refused with 403.
	 */
	private void signedInSessionsToo(HttpSecurity http) throws Exception {
		HttpSessionSecurityContextRepository inTheSession = new HttpSessionSecurityContextRepository();
		inTheSession.setAllowSessionCreation(false);
		SessionUnlessAuthorized signedIn = new SessionUnlessAuthorized(inTheSession, sessions.registry());
		http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER)
			.sessionFixation(fixation -> fixation.none()))
			.securityContext(context -> context.securityContextRepository(signedIn))
			.csrf(csrf -> csrf.csrfTokenRepository(new HttpSessionCsrfTokenRepository())
				.requireCsrfProtectionMatcher(signedIn.writesOnASession()));
	}

	public AccessProperties settings() {
		return settings;
	}

	private SignInRequired signInRequired() {
		return new SignInRequired(problems,
				settings.signIn() == AccessProperties.SignIn.JWT ? "Bearer" : "Basic realm=\"tracker\"", failedSignIns);
	}

	private void signInWith(HttpSecurity http, SignInRequired signInRequired) throws Exception {
		if (settings.signIn() == AccessProperties.SignIn.JWT) {
			http.oauth2ResourceServer(server -> server.authenticationEntryPoint(signInRequired)
				.accessDeniedHandler(new NotYours(problems))
				.jwt(jwt -> jwt.decoder(tokens.getObject())
					.jwtAuthenticationConverter(JwtSignIn.callers(settings.jwt()))));
		}
		else {
			http.authenticationManager(builtInUsers.getObject());
		}
	}

	private HttpSecurity guards(HttpSecurity http) throws Exception {
		http.exceptionHandling(handling -> handling.accessDeniedHandler(new NotYours(problems)))
			.addFilterBefore(BrowserOrigins.filter(settings.corsAllowedOrigins()), CsrfFilter.class)
			.addFilterBefore(failedSignIns, UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new RateLimitFilter(rateLimits, problems), AuthorizationFilter.class)
			.headers(headers -> headers
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(API_DOCUMENTATION,
						new StaticHeadersWriter("Content-Security-Policy", API_DOCUMENTATION_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(API_DOCUMENTATION),
						new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frames -> frames.deny())
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), geolocation=(), payment=()")));
		return http;
	}

}
