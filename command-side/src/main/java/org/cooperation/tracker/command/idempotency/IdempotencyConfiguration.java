package org.cooperation.tracker.command.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

import org.cooperation.tracker.access.problem.ProblemWriter;
import org.cooperation.tracker.command.concurrency.SecondAttempt;
import org.cooperation.tracker.command.waits.BoundedWaits;

/**
 * Idempotent retries of writes: the filter, the interceptors that carry and claim the key
 * in each command's unit of work, the key table, the retention sweep and the header in
 * the OpenAPI document.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotencyConfiguration {

	/**
	 * After Spring Security's filter chain, so the caller a key belongs to is known and a
	 * request refused by sign-in, role or rate limit never claims a key.
	 */
	static final int FILTER_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 10;

	/**
	 * How long a request waits for another under the same key (README: 20 s, then 409).
	 */
	private static final String PATIENCE = "${tracker.idempotency.patience:PT20S}";

	@Bean
	IdempotencyKeyStore idempotencyKeyStore(JdbcTemplate jdbc, ObjectMapper json) {
		return new IdempotencyKeyStore(jdbc, json);
	}

	@Bean
	KeyRetention keyRetention(@Value("${tracker.idempotency.retention:PT24H}") Duration retention, Clock clock,
			IdempotencyKeyStore keys, TransactionTemplate transactions) {
		return new KeyRetention(retention, clock, keys, transactions);
	}

	@Bean
	FilterRegistrationBean<IdempotentRetries> idempotentRetries(IdempotencyKeyStore keys, KeyRetention retention,
			TransactionTemplate transactions, ProblemWriter problems, @Value(PATIENCE) Duration patience) {
		FilterRegistrationBean<IdempotentRetries> registration = new FilterRegistrationBean<>(
				new IdempotentRetries(keys, new KeysInFlight(), retention, transactions, problems, patience));
		registration.setOrder(FILTER_ORDER);
		return registration;
	}

	/**
	 * A keyed write whose command lost a race on its record and runs again begins its
	 * transaction afresh (KeyedRequest#afresh).
	 */
	@Bean
	SecondAttempt keyedRequestAfresh() {
		return () -> KeyedRequest.current().ifPresent(KeyedRequest::afresh);
	}

	@Bean
	OpenApiCustomizer idempotencyKeyHeader() {
		return (openApi) -> openApi.getPaths()
			.values()
			.stream()
			.flatMap((path) -> Stream.of(path.getPost(), path.getPut(), path.getPatch(), path.getDelete()))
			.filter((operation) -> operation != null)
			.forEach(IdempotencyConfiguration::documentKey);
	}

	private static void documentKey(Operation operation) {
		operation.addParametersItem(new HeaderParameter().name(IdempotencyKey.HEADER)
			.required(false)
			.description("Makes the write safe to retry: a retry with the same key and the same request "
					+ "gets the first answer back (with Idempotent-Replayed: true) and changes nothing; the same "
					+ "key with a different request is refused with 422. 1 to 255 visible ASCII characters, "
					+ "e.g. a UUID; scoped to the signed-in caller; remembered for 24 hours (by default), and only for "
					+ "successful answers.")
			.schema(new StringSchema().minLength(1).maxLength(IdempotencyKey.MAX_LENGTH).pattern("^[!-~]+$")));
	}

	/**
	 * Puts the interceptors on the command bus. They are not beans, so that nothing
	 * registers them a second time (a command's key is claimed once); and this is a class
	 * of its own, because it needs beans the enclosing one makes.
	 */
	@Configuration(proxyBeanMethods = false)
	static class KeysInUnitsOfWork {

		@Autowired
		void claimKeysInTheUnitOfWork(CommandBus commandBus, IdempotencyKeyStore keys, KeyRetention retention,
				@Value(PATIENCE) Duration patience, CommandTargetResolver targets,
				@Qualifier(BoundedWaits.AGGREGATE_LOCKS) LockFactory recordLocks) {
			commandBus.registerDispatchInterceptor(new KeyOnCommands());
			commandBus.registerHandlerInterceptor(new KeyClaim(keys, retention, patience, targets, recordLocks));
		}

	}

}
