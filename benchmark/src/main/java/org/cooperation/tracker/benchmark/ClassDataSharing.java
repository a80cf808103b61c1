package org.cooperation.tracker.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An application started from a class-data-sharing archive (the JDK's AppCDS, as Spring
 * Boot documents it): the classes the start loads are read, already parsed and verified,
 * from one file mapped into memory instead of from some 200 jars. P6 measures the start
 * both ways.
 * <p>
 * The archive needs the classes on a plain class path, so the jar is first extracted
 * ({@code -Djarmode=tools extract}: the application's own jar and a {@code lib/} folder
 * beside it); a training run then starts the application up to its refreshed context and
 * writes the archive as it exits ({@code -XX:ArchiveClassesAtExit},
 * {@code -Dspring.context.exit=onRefresh}: nothing is started, no request served). The
 * training run needs the database, whose schema it migrates as a first start would.
 */
final class ClassDataSharing {

	private static final long TRAINING_LIMIT_SECONDS = 300;

	private ClassDataSharing() {
	}

	/**
	 * Extracts the jar into the folder, trains, and returns the JVM arguments that start
	 * the application from the archive.
	 */
	static List<String> prepare(Path jar, Path folder, BenchDatabase database)
			throws IOException, InterruptedException {
		Path extracted = Files.createDirectories(folder).resolve("extracted");
		run(new ProcessBuilder(TrackerProcess.java(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
				"--destination", extracted.toString(), "--force"), folder.resolve("extract.log"), "extracting " + jar);
		Path application = extracted.resolve(jar.getFileName());
		Path archive = folder.resolve("application.jsa");
		Files.deleteIfExists(archive);
		run(TrackerProcess.onDatabase(
				new ProcessBuilder(TrackerProcess.java(), "-XX:ArchiveClassesAtExit=" + archive,
						"-Dspring.context.exit=onRefresh", "-jar", application.toString(), "--server.port=0"),
				database), folder.resolve("training.log"), "the training run of " + jar.getFileName());
		if (!Files.isRegularFile(archive)) {
			throw new IllegalStateException("the training run wrote no archive; its output is in " + folder);
		}
		return List.of("-XX:SharedArchiveFile=" + archive, "-jar", application.toString());
	}

	private static void run(ProcessBuilder builder, Path log, String what) throws IOException, InterruptedException {
		Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(TRAINING_LIMIT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(what + " did not end in " + TRAINING_LIMIT_SECONDS + " s; see " + log);
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException(what + " failed (exit " + process.exitValue() + "); see " + log);
		}
	}

}
