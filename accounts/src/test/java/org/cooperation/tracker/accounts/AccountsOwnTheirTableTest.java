package org.cooperation.tracker.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only this module names the accounts' table: every other module reads and changes
 * accounts through it, so the table can change with its code alone.
 */
class AccountsOwnTheirTableTest {

	private static final String TABLE = "tracker_user";

	@Test
	void noOtherModuleNamesTheAccountsTableInItsCodeOrResources() throws IOException {
		Path project = Path.of("").toAbsolutePath().getParent();
		List<Path> otherModules;
		try (Stream<Path> folders = Files.list(project)) {
			otherModules = folders.filter(folder -> Files.isRegularFile(folder.resolve("pom.xml")))
				.filter(folder -> !folder.getFileName().toString().equals("accounts"))
				.toList();
		}
		assertThat(otherModules).as("the project's other modules, beside " + Path.of("").toAbsolutePath())
			.extracting(module -> module.getFileName().toString())
			.contains("access", "command-side", "query-side", "shared-kernel");

		List<Path> naming = otherModules.stream()
			.map(module -> module.resolve("src/main"))
			.filter(Files::isDirectory)
			.flatMap(AccountsOwnTheirTableTest::files)
			.filter(AccountsOwnTheirTableTest::namesTheTable)
			.toList();
		assertThat(naming).as("main code and resources outside the accounts module naming " + TABLE).isEmpty();
	}

	private static Stream<Path> files(Path folder) {
		try (Stream<Path> all = Files.walk(folder)) {
			return all.filter(Files::isRegularFile).toList().stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean namesTheTable(Path file) {
		try {
			// Read byte for byte: a binary resource must not stop the search.
			return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT)
				.contains(TABLE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
