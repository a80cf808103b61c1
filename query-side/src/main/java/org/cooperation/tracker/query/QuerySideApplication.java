package org.cooperation.tracker.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import org.cooperation.tracker.access.AccessConfiguration;
import org.cooperation.tracker.accounts.AccountsConfiguration;

/**
 * The query side: projects the shared event store into read models and serves them as a
 * REST API and as dashboard pages. It never calls the command side.
 */
@SpringBootApplication
@Import({ AccountsConfiguration.class, AccessConfiguration.class })
public class QuerySideApplication {

	public static void main(String[] args) {
		SpringApplication.run(QuerySideApplication.class, args);
	}

}
