package org.cooperation.tracker.query.ledger;

import java.time.Clock;

import org.cooperation.tracker.eventstore.ReadHorizon;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sealer and what reads the sealed tree. {@code tracker.ledger.origin} names the log
 * in its checkpoints and its signing key; change it only with a new key, since auditors'
 * verifiers know the log by it.
 */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

	@Bean
	LedgerOrigin ledgerOrigin(
			@Value("${tracker.ledger.origin:tracker.cooperation-protocol.example/events}") String origin) {
		return new LedgerOrigin(origin);
	}

	@Bean
	Sealer sealer(JdbcTemplate jdbc, TransactionTemplate transactions, ReadHorizon horizon, LedgerOrigin origin,
			@Value("${tracker.ledger.sealer.batch-size:1000}") int batchSize) {
		return new Sealer(jdbc, transactions, horizon, origin.name(), batchSize);
	}

	@Bean
	Cosignatures cosignatures(JdbcTemplate jdbc) {
		return new Cosignatures(jdbc, Clock.systemUTC());
	}

	@Bean
	@ConditionalOnProperty(name = "tracker.ledger.sealer.enabled", havingValue = "true", matchIfMissing = true)
	LedgerSealing ledgerSealing(Sealer sealer, @Value("${tracker.ledger.sealer.poll-millis:200}") long pollMillis) {
		return new LedgerSealing(sealer, pollMillis);
	}

}
