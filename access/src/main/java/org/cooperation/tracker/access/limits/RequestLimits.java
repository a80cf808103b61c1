package org.cooperation.tracker.access.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one request may carry, under {@code tracker.web.*}. The defaults sit well
 * above what any real request of the tracker needs (its longest text is 4,000 characters)
 * and well below what could tire the server.
 *
 * @param maxBodyBytes largest request body; beyond it 413
 * @param maxJsonDepth deepest nesting of objects and arrays in a JSON body; the tracker's
 * own bodies nest at most four deep
 * @param maxJsonStringLength longest string value in a JSON body, in characters
 * @param maxJsonNumberLength longest number in a JSON body, in characters
 * @param maxJsonNameLength longest field name in a JSON body, in characters
 * @param maxQueryLength longest query string (after '?'), in characters as sent
 * @param maxQueryParameters most parameters in one query string
 * @param maxQueryValueLength longest decoded value (or name) of one query parameter
 */
@ConfigurationProperties("tracker.web")
public record RequestLimits(@DefaultValue("65536") long maxBodyBytes, @DefaultValue("32") int maxJsonDepth,
		@DefaultValue("16384") int maxJsonStringLength, @DefaultValue("40") int maxJsonNumberLength,
		@DefaultValue("100") int maxJsonNameLength, @DefaultValue("2048") int maxQueryLength,
		@DefaultValue("32") int maxQueryParameters, @DefaultValue("200") int maxQueryValueLength) {

}
