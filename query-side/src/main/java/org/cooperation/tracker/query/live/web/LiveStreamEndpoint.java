package org.cooperation.tracker.query.live.web;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import org.cooperation.tracker.query.live.LiveStreams;

/**
 * {@code GET /live}: the server-sent events an open dashboard page follows, for anyone
 * who may read the pages. Each {@code changed} event carries what changed as JSON:
 * {@code {"initiatives":[...] or null, "countries":[...] or null, "at":"..."}}, null
 * meaning any.
 */
@RestController
@RequiredArgsConstructor
class LiveStreamEndpoint {

	/** The stream's address, for the pages' frame. */
	static final String PATH = "/live";

	private final LiveStreams streams;

	@GetMapping(path = PATH, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter live(HttpServletResponse response) {
		// A buffering reverse proxy (nginx) would hold the events back.
		if (!streams.isRunning()) {
			// Shutting down: the page tries again shortly, here or at another instance.
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
		}
		response.setHeader("X-Accel-Buffering", "no");
		return streams.open();
	}

}
