package org.cooperation.tracker.query.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor's command exactly as the README gives it: the packaged query-side jar,
 * started through Spring Boot's PropertiesLauncher with {@code loader.main}, against a
 * sealed database, first intact, then with one payload byte flipped.
 */
class VerifyCommandIT {

	@Test
	void thePackagedJarVerifiesADatabaseAndLocatesAChange(@TempDir Path directory) throws Exception {
		LedgerDatabase db = new LedgerDatabase();
		db.appendHistory(25, Set.of(6));
		db.sealer(10).sealAll();
		Path key = directory.resolve("tracker.vkey");
		Files.writeString(key, db.verifierKey() + "\n");
		Path checkpoint = directory.resolve("checkpoint.txt");
		Files.writeString(checkpoint, db.latestCheckpoint());

		Result intact = run("verify", "--db", db.database.url(), "--user", db.database.user(), "--key", "@" + key,
				"--checkpoint", checkpoint.toString());
		assertThat(intact.exitCode()).as(intact.output()).isZero();
		assertThat(intact.output()).contains("events 24, sealed tree size 24").contains("INTACT");

		db.jdbc.update("UPDATE domainevententry SET payload = set_byte(payload, 2, get_byte(payload, 2) # 1) "
				+ "WHERE globalindex = 13");
		Result changed = run("verify", "--db", db.database.url(), "--user", db.database.user(), "--key", "@" + key,
				"--checkpoint", checkpoint.toString());
		assertThat(changed.exitCode()).isEqualTo(1);
		assertThat(changed.output()).contains("position 13: payload changed")
			.contains("the checkpoint you hold (size 24");
	}

	record Result(int exitCode, String output) {
	}

	private static Result run(String... args) throws IOException, InterruptedException {
		String jar = System.getProperty("tracker.query-side.jar");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						"-Dloader.main=" + Verify.class.getName(), "-cp", jar,
						"org.springframework.boot.loader.launch.PropertiesLauncher"));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

}
