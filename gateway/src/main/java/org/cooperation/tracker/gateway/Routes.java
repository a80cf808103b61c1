package org.cooperation.tracker.gateway;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.preserveHostHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.GET;
import static org.springframework.web.servlet.function.RequestPredicates.method;
import static org.springframework.web.servlet.function.RequestPredicates.path;

/**
 * Which application answers which request. The command side serves the writes to the
 * protocol's records and the user administration (and a listing's contact details, which
 * it alone keeps); every other request, the query side's own writes among them (sign-in,
 * sign-out, replays, dead-letter retries, cosignatures), goes to the query side.
 */
@Configuration(proxyBeanMethods = false)
class Routes {

	/** The headers by which a proxy tells who asked and how; only ours are believed. */
	static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host",
			"X-Forwarded-Port", "X-Forwarded-Proto", "X-Forwarded-Prefix", "X-Real-IP");

	/**
	 * The command side's write API (see its controllers' request mappings), and its CSV
	 * imports, whose templates are read there too.
	 */
	static final RequestPredicate COMMAND_SIDE = writes(path("/api/protocols").or(path("/api/protocols/**"))
		.or(path("/api/initiatives"))
		.or(path("/api/initiatives/**"))).or(path("/api/admin/users").or(path("/api/admin/users/**")))
		.or(GET("/api/initiatives/{initiative}/marketplace/listings/{listing}/contact"))
		.or(path("/api/imports/**"));

	@Bean
	RouterFunction<ServerResponse> commandSide(GatewayProperties settings) {
		return route("command-side").route(COMMAND_SIDE, http())
			.before(uri(settings.commandSide()))
			.before(preserveHostHeader())
			.before(Routes::forwardedByUs)
			.build();
	}

	@Bean
	RouterFunction<ServerResponse> querySide(GatewayProperties settings) {
		return route("query-side").route(path("/**"), http())
			.before(uri(settings.querySide()))
			.before(preserveHostHeader())
			.before(Routes::forwardedByUs)
			.build();
	}

	private static RequestPredicate writes(RequestPredicate paths) {
		return method(HttpMethod.POST).or(method(HttpMethod.PUT))
			.or(method(HttpMethod.PATCH))
			.or(method(HttpMethod.DELETE))
			.and(paths);
	}

	/**
	 * The applications believe X-Forwarded-* from a proxy on their own machine (their
	 * {@code server.tomcat.remoteip.internal-proxies}), so the gateway must never pass on
	 * what a client claims there: whatever the client sent is dropped and the gateway
	 * says what it saw itself (the client's address, the scheme, host and port it was
	 * asked on). A client can therefore neither claim another address (which the sign-in
	 * throttle counts by) nor TLS.
	 */
	static ServerRequest forwardedByUs(ServerRequest request) {
		var servlet = request.servletRequest();
		String host = request.headers().firstHeader(HttpHeaders.HOST);
		return ServerRequest.from(request).headers((headers) -> {
			FORWARDING_HEADERS.forEach(headers::remove);
			headers.set("X-Forwarded-For", servlet.getRemoteAddr());
			headers.set("X-Forwarded-Proto", servlet.getScheme());
			headers.set("X-Forwarded-Port", String.valueOf(servlet.getServerPort()));
			if (host != null) {
				headers.set("X-Forwarded-Host", host);
			}
		}).build();
	}

}
