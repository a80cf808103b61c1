package org.cooperation.tracker.query.live;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.query.access.QuerySideOverHttp;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What hundreds of open pages cost: 500 event streams over real HTTP, opened in waves,
 * then one change sent to all. It prints the live threads, Tomcat's worker threads and
 * the heap in use before and after, measured in this JVM (the client's plain sockets add
 * next to nothing to either), and asserts only the structural property: the streams do
 * not take a thread each.
 */
class LiveStreamsCapacityBenchmarkTest extends QuerySideOverHttp {

	private static final int STREAMS = 500;

	private static final int WAVE = 25;

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	private LiveStreams liveStreams;

	@Test
	void fiveHundredOpenStreamsCostNoThreadEach() throws IOException {
		String session = EventStream.signIn(port, "official", "demo-official");
		// A first stream before the first figure: what one stream sets up once is not per
		// stream. It stays open: a closed one would leave the count in the meantime.
		List<RawStream> streams = new ArrayList<>();
		RawStream first = RawStream.open(port, session);
		streams.add(first);
		try {
			first.awaitOpened();
			int streamsBefore = liveStreams.openStreams();
			Figures before = Figures.now();
			long opening = System.nanoTime();
			while (streams.size() < STREAMS + 1) {
				List<RawStream> wave = new ArrayList<>();
				for (int i = 0; i < WAVE; i++) {
					wave.add(RawStream.open(port, session));
				}
				streams.addAll(wave);
				for (RawStream stream : wave) {
					stream.awaitOpened();
				}
			}
			long openedMillis = (System.nanoTime() - opening) / 1_000_000;
			await().atMost(PATIENCE).until(() -> liveStreams.openStreams() >= streamsBefore + STREAMS);
			Figures open = Figures.now();

			UUID initiative = UUID.randomUUID();
			long sending = System.nanoTime();
			liveStreams.changed(new ReadModelChange(Set.of(initiative), null));
			for (RawStream stream : streams) {
				stream.awaitText(initiative.toString());
			}
			long fannedOutMillis = (System.nanoTime() - sending) / 1_000_000;
			Figures afterChange = Figures.now();

			System.out.printf("""
					Live streams: %d opened over plain sockets in waves of %d in %d ms; one change reached \
					all in %d ms (including the %d ms gathering)
					                        live threads   Tomcat workers   heap used (MiB, after GC)
					  before                %12d   %14d   %25.1f
					  %d streams open      %12d   %14d   %25.1f
					  after one change      %12d   %14d   %25.1f
					  per stream: %+.3f threads, %+.1f KiB heap
					""", STREAMS, WAVE, openedMillis, fannedOutMillis, LiveStreams.COALESCING.toMillis(),
					before.threads, before.workers, before.heapMiB(), STREAMS, open.threads, open.workers,
					open.heapMiB(), afterChange.threads, afterChange.workers, afterChange.heapMiB(),
					(open.threads - before.threads) / (double) STREAMS,
					(open.heapBytes - before.heapBytes) / 1024.0 / STREAMS);
			assertThat(open.threads - before.threads).as("threads added by %d open streams", STREAMS).isLessThan(50);
		}
		finally {
			for (RawStream stream : streams) {
				stream.close();
			}
		}
	}

	/**
	 * Threads and heap of this JVM, the heap after a collection so that it is comparable.
	 */
	private record Figures(int threads, long heapBytes, long workers) {

		static Figures now() {
			MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			memory.gc();
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long workers = Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
				.filter((info) -> info != null && info.getThreadName().contains("-exec-"))
				.count();
			return new Figures(threads.getThreadCount(), memory.getHeapMemoryUsage().getUsed(), workers);
		}

		double heapMiB() {
			return heapBytes / 1024.0 / 1024.0;
		}

	}

	/**
	 * A page's stream over a plain socket, read by the test's own thread only when asked:
	 * what the server sends waits in the socket's buffer meanwhile, so 500 of them cost
	 * the client (in this same JVM) a socket each and no thread.
	 */
	private static final class RawStream implements AutoCloseable {

		private final Socket socket;

		private final StringBuilder seen = new StringBuilder();

		private RawStream(Socket socket) {
			this.socket = socket;
		}

		static RawStream open(int port, String sessionCookie) throws IOException {
			Socket socket = new Socket("localhost", port);
			socket.setSoTimeout((int) PATIENCE.toMillis());
			socket.getOutputStream()
				.write(("GET /live HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\nCookie: " + sessionCookie
						+ "\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			return new RawStream(socket);
		}

		/** The answer is 200 and the stream's first message has arrived. */
		void awaitOpened() throws IOException {
			awaitText("retry:");
			assertThat(seen).startsWith("HTTP/1.1 200");
		}

		void awaitText(String text) throws IOException {
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[512];
			while (seen.indexOf(text) < 0) {
				int read = in.read(buffer);
				if (read < 0) {
					throw new AssertionError("the stream ended before '" + text + "': " + seen);
				}
				seen.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
			}
		}

		@Override
		public void close() throws IOException {
			socket.close();
		}

	}

}
