package org.cooperation.tracker.query.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

import org.cooperation.tracker.kernel.country.Country;

/**
 * The open pages' event streams. An open stream is an asynchronous servlet request: it
 * holds a socket and a little memory, never a thread. One thread of its own sends to all
 * of them: a {@code changed} event at most every {@link #COALESCING} (a burst of commits
 * makes one event naming all they touched), and a comment every {@link #HEARTBEAT}, which
 * finds the streams whose pages have gone.
 */
@Component
public class LiveStreams implements SmartLifecycle {

	/** The event that tells a page what changed. */
	public static final String CHANGED = "changed";

	/** How long changes are gathered before the pages hear of them. */
	static final Duration COALESCING = Duration.ofMillis(250);

	/** Proxies and firewalls drop a quiet connection; a comment keeps it open. */
	static final Duration HEARTBEAT = Duration.ofSeconds(20);

	/**
	 * A stream ends after this long and the page opens a new one, signed in afresh: a
	 * session ended in the meantime then ends the stream too.
	 */
	static final Duration STREAM_LIFETIME = Duration.ofMinutes(15);

	/** How long a page waits before it reconnects after a stream has ended. */
	static final Duration RECONNECT_AFTER = Duration.ofSeconds(2);

	private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

	private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();

	private final ObjectMapper json;

	private final Clock clock;

	private ScheduledExecutorService sender;

	private ReadModelChange pending;

	private volatile boolean running;

	LiveStreams(ObjectMapper json, ObjectProvider<MeterRegistry> meters, ObjectProvider<Clock> clock) {
		this.json = json;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		meters.ifAvailable((registry) -> Gauge.builder("tracker.live.streams", open, Set::size)
			.description("Open server-sent event streams of live pages")
			.register(registry));
	}

	/**
	 * A new stream for a page; its first message says how soon to reconnect when it ends.
	 */
	public SseEmitter open() {
		if (!running) {
			throw new IllegalStateException("live streams are stopped");
		}
		SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
		emitter.onCompletion(() -> open.remove(emitter));
		emitter.onTimeout(() -> open.remove(emitter));
		emitter.onError((error) -> open.remove(emitter));
		open.add(emitter);
		try {
			emitter.send(SseEmitter.event().reconnectTime(RECONNECT_AFTER.toMillis()).comment("live"));
		}
		catch (IOException ex) {
			open.remove(emitter);
			emitter.completeWithError(ex);
		}
		return emitter;
	}

	/** Streams open now; for diagnostics and tests. */
	public int openStreams() {
		return open.size();
	}

	/** Read models committed this change; the pages hear of it shortly. */
	public void changed(ReadModelChange change) {
		synchronized (this) {
			if (!running) {
				return;
			}
			if (pending != null) {
				pending = pending.and(change);
				return;
			}
			pending = change;
		}
		sender.schedule(this::sendChanged, COALESCING.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void sendChanged() {
		ReadModelChange change;
		synchronized (this) {
			change = pending;
			pending = null;
		}
		if (change == null) {
			return;
		}
		String data;
		try {
			data = json.writeValueAsString(new Changed(change.initiatives(), change.countries(), clock.instant()));
		}
		catch (JsonProcessingException ex) {
			log.warn("A change could not be written for the live pages", ex);
			return;
		}
		sendToAll(SseEmitter.event().name(CHANGED).data(data));
	}

	private void heartbeat() {
		sendToAll(SseEmitter.event().comment(""));
	}

	private void sendToAll(SseEventBuilder event) {
		for (SseEmitter emitter : open) {
			try {
				emitter.send(event);
			}
			catch (IOException | IllegalStateException ex) {
				// The page has gone (or the stream has just ended): forget it.
				open.remove(emitter);
				emitter.completeWithError(ex);
			}
		}
	}

	@Override
	public synchronized void start() {
		if (running) {
			return;
		}
		sender = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "live-streams");
			thread.setDaemon(true);
			return thread;
		});
		sender.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
				TimeUnit.MILLISECONDS);
		running = true;
	}

	/**
	 * Ends every stream before the web server's graceful shutdown, which would otherwise
	 * wait for them; the pages reconnect to another instance or to this one restarted.
	 */
	@Override
	public synchronized void stop() {
		if (!running) {
			return;
		}
		running = false;
		sender.shutdownNow();
		for (SseEmitter emitter : open) {
			emitter.complete();
		}
		open.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/**
	 * What a page receives: what changed (null for any) and when it was sent.
	 *
	 * @param initiatives the initiatives touched, or null for any
	 * @param countries the countries touched, or null for any
	 * @param at when the event was sent
	 */
	record Changed(Set<UUID> initiatives, Set<Country> countries, Instant at) {
	}

}
