package org.cooperation.tracker.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the database itself takes: pgbench's single-row insert into a table shaped like
 * the event table ({@code bench_events}, the same columns with a bigserial global index),
 * at P1's client counts, on the same server and database in the same run.
 */
final class Pgbench {

	private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

	private final BenchDatabase database;

	private final Path script;

	private final String executable;

	private Pgbench(BenchDatabase database, Path script, String executable) {
		this.database = database;
		this.script = script;
		this.executable = executable;
	}

	/**
	 * The table and the script; {@code null} executable when pgbench is not installed.
	 */
	static Pgbench prepare(BenchDatabase database, Path workDirectory) throws SQLException, IOException {
		try (Connection connection = database.asSuperuser(database.name);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE bench_events (globalindex BIGSERIAL PRIMARY KEY, "
					+ "eventidentifier VARCHAR(255) NOT NULL UNIQUE, aggregateidentifier VARCHAR(255) NOT NULL, "
					+ "sequencenumber BIGINT NOT NULL, type VARCHAR(255), timestamp VARCHAR(255) NOT NULL, "
					+ "payloadtype VARCHAR(255) NOT NULL, payloadrevision VARCHAR(255), payload BYTEA NOT NULL, "
					+ "metadata BYTEA, UNIQUE (aggregateidentifier, sequencenumber))");
		}
		Path script = workDirectory.resolve("pgbench-insert.sql");
		// About the size of a progress report's payload and metadata in the event table.
		Files.writeString(script, "INSERT INTO bench_events (eventidentifier, aggregateidentifier, sequencenumber, "
				+ "type, timestamp, payloadtype, payloadrevision, payload, metadata) VALUES (gen_random_uuid()::text, "
				+ "gen_random_uuid()::text, 0, 'Initiative', now()::text, "
				+ "'org.cooperation.tracker.kernel.initiative.ProgressReported', '1', "
				+ "convert_to(repeat('p', 400), 'UTF8'), convert_to(repeat('m', 300), 'UTF8'));\n");
		String executable = List.of("/usr/bin/pgbench", "/usr/local/bin/pgbench")
			.stream()
			.filter((candidate) -> Files.isExecutable(Path.of(candidate)))
			.findFirst()
			.orElse(null);
		return new Pgbench(database, script, executable);
	}

	boolean found() {
		return executable != null;
	}

	/**
	 * Transactions per second at this many clients, or NaN (with the reason printed) when
	 * pgbench fails.
	 */
	double tps(int clients, int seconds) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(executable, "-n", "-f", script.toString(), "-c",
				Integer.toString(clients), "-j", Integer.toString(clients), "-T", Integer.toString(seconds), "-h",
				database.host(), "-p", Integer.toString(database.port()), "-U", database.superuser(), database.name)
			.redirectErrorStream(true);
		if (database.superuserPassword() != null) {
			builder.environment().put("PGPASSWORD", database.superuserPassword());
		}
		Process run = builder.start();
		String output = new String(run.getInputStream().readAllBytes());
		run.waitFor(seconds + 60L, TimeUnit.SECONDS);
		Matcher tps = TPS.matcher(output);
		if (tps.find()) {
			return Double.parseDouble(tps.group(1));
		}
		System.out.println("pgbench at " + clients + " clients gave no tps: " + output.strip());
		return Double.NaN;
	}

}
