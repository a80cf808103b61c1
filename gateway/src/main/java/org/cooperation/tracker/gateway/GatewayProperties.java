package org.cooperation.tracker.gateway;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the two applications are.
 *
 * @param commandSide the command side's base address (its write API)
 * @param querySide the query side's base address (pages, reads, sign-in)
 */
@ConfigurationProperties("tracker.gateway")
public record GatewayProperties(@DefaultValue("http://localhost:8080") URI commandSide,
		@DefaultValue("http://localhost:8081") URI querySide) {

}
