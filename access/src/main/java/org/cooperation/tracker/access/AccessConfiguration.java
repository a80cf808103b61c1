package org.cooperation.tracker.access;

import java.time.Clock;

import javax.sql.DataSource;

import io.github.bucket4j.TimeMeter;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.cooperation.tracker.access.signin.SessionsThroughOutages;

import org.cooperation.tracker.access.guard.BucketStore;
import org.cooperation.tracker.access.guard.ExpiredBuckets;
import org.cooperation.tracker.access.guard.FailedSignIns;
import org.cooperation.tracker.access.guard.SharedBuckets;
import org.cooperation.tracker.access.limits.RequestLimits;
import org.cooperation.tracker.access.problem.ProblemWriter;
import org.cooperation.tracker.access.problem.RefusedRequests;
import org.cooperation.tracker.access.signin.JwtSignIn;
import org.cooperation.tracker.access.signin.RememberedCredentials;
import org.cooperation.tracker.access.signin.SignedInSessions;
import org.cooperation.tracker.accounts.AccountsSchema;
import org.cooperation.tracker.accounts.BuiltInUsers;

/**
 * What both applications share about access; each imports it and builds its own filter
 * chains with {@link SignIn}, deciding there which role may reach which address. Built-in
 * sign-in reads the accounts of
 * {@link org.cooperation.tracker.accounts.AccountsConfiguration}, which each application
 * imports beside this.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties({ AccessProperties.class, RequestLimits.class })
@ComponentScan
@EnableScheduling
public class AccessConfiguration {

	/**
	 * The per-user limit lets each instance take a tenth of a burst (12 of 120 by
	 * default) without asking the database: a user's requests then cost a round trip
	 * about once a second rather than each. With several instances a burst may pass by
	 * that much per instance; over a minute the limit holds. Refused sign-ins have none:
	 * each is counted in the database at once.
	 */
	private static final int SLACK_OF_THE_BURST = 10;

	/**
	 * Told by the accounts of every change to an account, in whichever application it was
	 * made (see {@link org.cooperation.tracker.accounts.AccountChangeNotifications}).
	 */
	@Bean
	@ConditionalOnProperty(name = "tracker.access.sign-in", havingValue = "BUILT_IN", matchIfMissing = true)
	RememberedCredentials rememberedCredentials(BuiltInUsers accounts, PasswordEncoder passwords,
			AccessProperties settings) {
		DaoAuthenticationProvider checked = new DaoAuthenticationProvider(accounts);
		checked.setPasswordEncoder(passwords);
		return new RememberedCredentials(checked, settings.rememberCredentials(), Clock.systemUTC());
	}

	@Bean
	@ConditionalOnProperty(name = "tracker.access.sign-in", havingValue = "BUILT_IN", matchIfMissing = true)
	AuthenticationManager builtInSignIn(RememberedCredentials rememberedCredentials) {
		return new ProviderManager(rememberedCredentials);
	}

	/**
	 * The signed-in sessions, so that they end when their account changes: in the
	 * database both applications share (Spring Session JDBC, table
	 * {@code spring_session}, migrated with the accounts) when this is a web application,
	 * else in memory (told when sessions end too, or it would keep every one it was ever
	 * told of).
	 */
	@Bean
	SignedInSessions signedInSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sharedSessions,
			ObjectProvider<DataSource> dataSource, ObjectProvider<AccountsSchema> tables) {
		FindByIndexNameSessionRepository<?> store = sharedSessions.getIfAvailable();
		tables.getIfAvailable();
		if (store == null) {
			return SignedInSessions.inMemory();
		}
		JdbcTemplate jdbc = new JdbcTemplate(dataSource.getObject());
		return SignedInSessions.shared(store, () -> jdbc.update("DELETE FROM spring_session"));
	}

	/**
	 * The shared sessions' store, as requests meet it during an outage
	 * ({@link SessionsThroughOutages}): the store Spring Session's filter and the
	 * registry use is the wrapped one.
	 */
	@Bean
	static BeanPostProcessor sessionsThroughOutages() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository store) ? new SessionsThroughOutages<>(store)
						: bean;
			}

		};
	}

	@Bean
	HttpSessionEventPublisher sessionEndsToTheRegistry() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	@ConditionalOnProperty(name = "tracker.access.sign-in", havingValue = "JWT")
	JwtDecoder identityProviderTokens(AccessProperties settings) {
		return JwtSignIn.decoder(settings.jwt());
	}

	/**
	 * Migrated as the application's own migrations are: on the DataSource Spring Boot
	 * gives its Flyway, which connects as the owner role ({@code spring.flyway.user}), so
	 * the tables belong to the owner and the application's role only uses them.
	 */
	@Bean
	AccessSchema accessSchema(DataSource dataSource, ObjectProvider<Flyway> applicationMigrations) {
		Flyway migrations = applicationMigrations.getIfAvailable();
		return AccessSchema.migrate((migrations != null) ? migrations.getConfiguration().getDataSource() : dataSource);
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
				settings.rateLimit().burst(), settings.rateLimit().burst() / SLACK_OF_THE_BURST);
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
