package org.cooperation.tracker.command;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import org.cooperation.tracker.access.AccessConfiguration;
import org.cooperation.tracker.access.language.AcceptedLanguage;
import org.cooperation.tracker.accounts.AccountsConfiguration;

@SpringBootApplication
@Import({ AccountsConfiguration.class, AccessConfiguration.class, AcceptedLanguage.class })
public class CommandSideApplication {

	public static void main(String[] args) {
		SpringApplication.run(CommandSideApplication.class, args);
	}

	/** Aggregates take "today" from here, so rules about dates are testable. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
