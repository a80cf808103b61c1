package org.cooperation.tracker.access;

import java.time.Clock;

import javax.sql.DataSource;

import io.github.bucket4j.TimeMeter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import org.cooperation.tracker.access.guard.BucketStore;
import org.cooperation.tracker.access.guard.ExpiredBuckets;
import org.cooperation.tracker.access.guard.FailedSignIns;
import org.cooperation.tracker.access.guard.SharedBuckets;
import org.cooperation.tracker.access.limits.RequestLimits;
import org.cooperation.tracker.access.problem.ProblemWriter;
import org.cooperation.tracker.access.problem.RefusedRequests;
import org.cooperation.tracker.access.signin.BuiltInUsers;
import org.cooperation.tracker.access.signin.JwtSignIn;
import org.cooperation.tracker.access.signin.RememberedCredentials;

/**
 * What both applications share about access; each imports it and builds its own filter
 * chains with {@link SignIn}, deciding there which role may reach which address.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties({ AccessProperties.class, RequestLimits.class })
@ComponentScan
@EnableScheduling
public class AccessConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	@ConditionalOnProperty(name = "tracker.access.sign-in", havingValue = "BUILT_IN", matchIfMissing = true)
	RememberedCredentials rememberedCredentials(JdbcTemplate jdbc, PasswordEncoder passwords,
			AccessProperties settings) {
		DaoAuthenticationProvider checked = new DaoAuthenticationProvider(new BuiltInUsers(jdbc));
		checked.setPasswordEncoder(passwords);
		return new RememberedCredentials(checked, settings.rememberCredentials(), Clock.systemUTC());
	}

	@Bean
	@ConditionalOnProperty(name = "tracker.access.sign-in", havingValue = "BUILT_IN", matchIfMissing = true)
	AuthenticationManager builtInSignIn(RememberedCredentials rememberedCredentials) {
		return new ProviderManager(rememberedCredentials);
	}

	@Bean
	@ConditionalOnProperty(name = "tracker.access.sign-in", havingValue = "JWT")
	JwtDecoder identityProviderTokens(AccessProperties settings) {
		return JwtSignIn.decoder(settings.jwt());
	}

	@Bean
	AccessSchema accessSchema(DataSource dataSource) {
		return AccessSchema.migrate(dataSource);
	}

	/** Needs the schema: its table is where the buckets are. */
	@Bean
	BucketStore bucketStore(DataSource dataSource, AccessSchema schema) {
		return BucketStore.inPostgres(dataSource, TimeMeter.SYSTEM_MILLISECONDS);
	}

	@Bean
	ExpiredBuckets expiredBuckets(BucketStore bucketStore) {
		return new ExpiredBuckets(bucketStore);
	}

	@Bean
	SharedBuckets rateLimits(BucketStore bucketStore, AccessProperties settings) {
		return new SharedBuckets(bucketStore, "requests", settings.rateLimit().perMinute(),
				settings.rateLimit().burst());
	}

	@Bean
	FailedSignIns failedSignIns(BucketStore bucketStore, AccessProperties settings, ProblemWriter problems) {
		return new FailedSignIns(new SharedBuckets(bucketStore, "failed-sign-ins", settings.failedSignIns().perMinute(),
				settings.failedSignIns().burst()), problems);
	}

	/** Added to the filter chains by {@link SignIn}, not to the servlet container. */
	@Bean
	FilterRegistrationBean<FailedSignIns> failedSignInsOnlyInTheSecurityChain(FailedSignIns filter) {
		FilterRegistrationBean<FailedSignIns> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	RequestRejectedHandler refusedRequests(ProblemWriter problems) {
		return new RefusedRequests(problems);
	}

}
