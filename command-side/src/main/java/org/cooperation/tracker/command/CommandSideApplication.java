package org.cooperation.tracker.command;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class CommandSideApplication {

	public static void main(String[] args) {
		// Axon's update checker reads a JVM system property, not Spring's environment;
		// this
		// tracker runs on closed ministry networks and must not call home.
		System.setProperty("axoniq.update-checker.disabled",
				System.getProperty("axoniq.update-checker.disabled", "true"));
		SpringApplication.run(CommandSideApplication.class, args);
	}

	/** Aggregates take "today" from here, so rules about dates are testable. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
