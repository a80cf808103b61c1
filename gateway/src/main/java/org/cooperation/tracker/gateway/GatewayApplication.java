package org.cooperation.tracker.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * One origin for people: the browser talks to this application only, which sends the
 * command side's writes to the command side and everything else (pages, scripts, the
 * query API, the live streams, the sign-in form) to the query side. It knows no user:
 * both applications check the signed-in user themselves, from the same session store.
 */
@SpringBootApplication
@EnableConfigurationProperties(GatewayProperties.class)
public class GatewayApplication {

	public static void main(String[] args) {
		SpringApplication.run(GatewayApplication.class, args);
	}

}
