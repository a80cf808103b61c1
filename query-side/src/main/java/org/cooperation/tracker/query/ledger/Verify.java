package org.cooperation.tracker.query.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The auditor's command, run from the query side's jar without starting the application:
 *
 * <pre>
 * java -Dloader.main=org.cooperation.tracker.query.ledger.Verify \
 *   -cp query-side-0.1.0-SNAPSHOT.jar org.springframework.boot.loader.launch.PropertiesLauncher \
 *   verify --db jdbc:postgresql://host:5432/tracker [--user u] [--key vkey|@file] [--checkpoint file]
 *
 *   ... verify --events export.ndjson --checkpoint file --key vkey|@file
 *   ... export --db jdbc:... [--user u] [--size n] --out export.ndjson
 *   ... witness-key --name kz.example/witness --out kz.key
 *   ... cosign --witness-key kz.key --log-key vkey|@file --checkpoint file --state kz.state [--proof file]
 * </pre>
 *
 * The password comes from {@code --password} or the {@code PGPASSWORD} environment
 * variable. Exit code 0: intact; 1: something was found (every finding printed with its
 * position); 2: the command could not run.
 */
public final class Verify {

	private Verify() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/** Runs the command; the exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		try {
			if (args.length == 0 || !List.of("verify", "export", "witness-key", "cosign").contains(args[0])) {
				throw new IllegalArgumentException("the first word is verify, export, witness-key or cosign");
			}
			Map<String, String> options = options(args);
			switch (args[0]) {
				case "export":
					return export(options, out);
				case "witness-key":
					return WitnessCommand.newKey(options, out);
				case "cosign":
					return WitnessCommand.cosign(options, out, err);
				default:
					break;
			}
			HistoryVerifier.Report report;
			if (options.containsKey("events")) {
				report = verifyExport(options);
			}
			else {
				report = verifyDatabase(options);
			}
			report.findings().forEach((finding) -> out.println(finding.describe()));
			out.printf("events %d, sealed tree size %d, root %s, not sealed yet %d: %s%n", report.eventsRead(),
					report.treeSize(), report.rootHash(), report.unsealed(),
					report.intact() ? "INTACT" : report.findings().size() + " FINDINGS");
			return report.intact() ? 0 : 1;
		}
		catch (IllegalArgumentException ex) {
			err.println("verify: " + ex.getMessage());
			err.println("usage: verify --db <jdbc url> [--user <name>] [--password <pw>] [--key <vkey|@file>] "
					+ "[--checkpoint <file>]");
			err.println("       verify --events <export.ndjson> --checkpoint <file> --key <vkey|@file>");
			err.println("       export --db <jdbc url> [--user <name>] [--size <n>] --out <file>");
			err.println("       witness-key --name <key name> --out <file>");
			err.println("       cosign --witness-key <file> --log-key <vkey|@file> --checkpoint <file> --state <file> "
					+ "[--proof <consistency answer>]");
			return 2;
		}
		catch (SQLException | IOException ex) {
			err.println("verify: " + ex.getMessage());
			return 2;
		}
	}

	private static HistoryVerifier.Report verifyDatabase(Map<String, String> options) throws SQLException, IOException {
		NoteKey key = options.containsKey("key") ? NoteKey.verifier(textOf(options.get("key"))) : null;
		SignedNote held = options.containsKey("checkpoint")
				? SignedNote.parse(Files.readString(Path.of(options.get("checkpoint")))) : null;
		try (Connection connection = connect(options)) {
			return new HistoryVerifier(connection, key, held).verify();
		}
	}

	private static HistoryVerifier.Report verifyExport(Map<String, String> options) throws IOException {
		if (!options.containsKey("checkpoint") || !options.containsKey("key")) {
			throw new IllegalArgumentException("an export is verified against --checkpoint and --key");
		}
		SignedNote checkpoint = SignedNote.parse(Files.readString(Path.of(options.get("checkpoint"))));
		NoteKey key = NoteKey.verifier(textOf(options.get("key")));
		try (Reader events = Files.newBufferedReader(Path.of(options.get("events")), StandardCharsets.UTF_8)) {
			return LedgerExport.verify(events, checkpoint, key);
		}
	}

	private static int export(Map<String, String> options, PrintStream out) throws SQLException, IOException {
		if (!options.containsKey("out")) {
			throw new IllegalArgumentException("export needs --out <file>");
		}
		try (Connection connection = connect(options);
				OutputStream file = Files.newOutputStream(Path.of(options.get("out")))) {
			long size = options.containsKey("size") ? number(options.get("size")) : Long.MAX_VALUE;
			LedgerExport.write(connection, size, file);
		}
		out.println("exported to " + options.get("out"));
		return 0;
	}

	private static Connection connect(Map<String, String> options) throws SQLException {
		String url = options.get("db");
		if (url == null || !url.startsWith("jdbc:postgresql:")) {
			throw new IllegalArgumentException("--db takes a jdbc:postgresql: URL");
		}
		Properties properties = new Properties();
		properties.setProperty("user", options.getOrDefault("user", "postgres"));
		String password = options.getOrDefault("password", System.getenv("PGPASSWORD"));
		if (password != null) {
			properties.setProperty("password", password);
		}
		properties.setProperty("ApplicationName", "tracker-verify");
		return DriverManager.getConnection(url, properties);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.length; i += 2) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("options come as --name value: " + args[i]);
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		return options;
	}

	/** A value given inline, or read from the file after {@code @}. */
	private static String textOf(String value) throws IOException {
		return value.startsWith("@") ? Files.readString(Path.of(value.substring(1))).trim() : value;
	}

	private static long number(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("not a number: " + value);
		}
	}

}
