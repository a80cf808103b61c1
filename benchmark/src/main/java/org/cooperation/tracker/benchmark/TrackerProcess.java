package org.cooperation.tracker.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One application as a real process ({@code java -jar}), as a deployment runs it: its own
 * port, the benchmark database's URL and roles in the standard Spring variables, its
 * output in a log file. Ready is what a load balancer waits for: {@code /actuator/health}
 * UP.
 */
final class TrackerProcess implements AutoCloseable {

	private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

	final String name;

	final int port;

	private final Path log;

	private final Process process;

	private final long startedNanos;

	private double readySeconds = Double.NaN;

	private TrackerProcess(String name, int port, Path log, Process process, long startedNanos) {
		this.name = name;
		this.port = port;
		this.log = log;
		this.process = process;
		this.startedNanos = startedNanos;
	}

	/**
	 * Starts an application's jar. The rate limit (600 requests a minute per user) is
	 * lifted: the benchmark measures the server, and its clients share a few demo
	 * accounts.
	 */
	static TrackerProcess start(String name, Path jar, BenchDatabase database, Path log) throws IOException {
		return start(name, List.of("-jar", jar.toString()), database, log);
	}

	/**
	 * Starts an application with the JVM arguments given (at least the jar to run).
	 */
	static TrackerProcess start(String name, List<String> launch, BenchDatabase database, Path log) throws IOException {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(java()));
		command.addAll(launch);
		command.addAll(List.of("--server.port=" + port, "--tracker.access.rate-limit.per-minute=100000000",
				"--tracker.access.rate-limit.burst=1000000"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		onDatabase(builder, database).environment().put("PORT", Integer.toString(port));
		long started = System.nanoTime();
		return new TrackerProcess(name, port, log, builder.start(), started);
	}

	/** The benchmark database's URL and roles in the standard Spring variables. */
	static ProcessBuilder onDatabase(ProcessBuilder builder, BenchDatabase database) {
		Map<String, String> environment = builder.environment();
		environment.put("SPRING_DATASOURCE_URL", database.url());
		environment.put("SPRING_DATASOURCE_USERNAME", BenchDatabase.APPLICATION);
		environment.put("SPRING_DATASOURCE_PASSWORD", BenchDatabase.PASSWORD);
		environment.put("SPRING_FLYWAY_USER", BenchDatabase.OWNER);
		environment.put("SPRING_FLYWAY_PASSWORD", BenchDatabase.PASSWORD);
		return builder;
	}

	/** The java command this benchmark runs on, for the applications too. */
	static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	/** The application's jar, or a clear word that it must be built first. */
	static Path built(Path jar) {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: build it first (mvn -B -DskipTests package)");
		}
		return jar;
	}

	/**
	 * Waits for /actuator/health UP, at most the seconds given; the time from the start
	 * is P6.
	 */
	void awaitReady(int seconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(
						name + " stopped during its start (exit " + process.exitValue() + "); its output is in " + log);
			}
			if (TrackerApi.healthy(port)) {
				readySeconds = (System.nanoTime() - startedNanos) / 1e9;
				return;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException(name + " was not ready in " + seconds + " s; its output is in " + log);
	}

	double readySeconds() {
		return readySeconds;
	}

	/**
	 * The heap in use now and what a full collection leaves (the live data), in MB, as
	 * the JDK's jcmd reads them from the running JVM.
	 */
	double[] heapMegabytes() throws IOException, InterruptedException {
		double used = heapUsed();
		jcmd("GC.run");
		return new double[] { used, heapUsed() };
	}

	private double heapUsed() throws IOException, InterruptedException {
		Matcher matcher = HEAP_USED.matcher(jcmd("GC.heap_info"));
		return matcher.find() ? Long.parseLong(matcher.group(1)) / 1024.0 : Double.NaN;
	}

	private String jcmd(String what) throws IOException, InterruptedException {
		Path java = Path.of(java());
		Path jcmd = (java.getParent() != null) ? java.getParent().resolve("jcmd") : Path.of("jcmd");
		Process run = new ProcessBuilder(Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd",
				Long.toString(process.pid()), what)
			.redirectErrorStream(true)
			.start();
		String output = new String(run.getInputStream().readAllBytes());
		run.waitFor(60, TimeUnit.SECONDS);
		return output;
	}

	/**
	 * Stops the application as Ctrl-C would (SIGTERM, a graceful shutdown), forcibly
	 * after 30 s.
	 */
	@Override
	public void close() {
		if (!process.isAlive()) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
