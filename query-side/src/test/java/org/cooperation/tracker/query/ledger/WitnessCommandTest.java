package org.cooperation.tracker.query.ledger;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cooperation.tracker.kernel.country.Country;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A country's witness from the command line: it makes its key, cosigns the first
 * checkpoint, asks for a consistency proof before the next, and refuses one from a
 * rewritten history; its state file moves only when it signs.
 */
class WitnessCommandTest {

	@Test
	void aWitnessCosignsConsistentCheckpointsAndRefusesARewrite(@TempDir Path directory) throws Exception {
		LedgerDatabase db = new LedgerDatabase();
		db.appendHistory(12, Set.of());
		db.sealer(5).sealAll();
		Path key = directory.resolve("kz.key");
		Path state = directory.resolve("kz.state");
		Path checkpoint = directory.resolve("checkpoint.txt");
		Path proof = directory.resolve("proof.json");
		String logKey = db.verifierKey();

		Output made = command("witness-key", "--name", "kz.example/ledger-witness", "--out", key.toString());
		assertThat(made.code()).isZero();
		new Cosignatures(db.jdbc, Clock.systemUTC()).register(Country.KZ, made.out().trim(), "admin");

		Files.writeString(checkpoint, db.latestCheckpoint());
		Output first = cosign(key, logKey, checkpoint, state, null);
		assertThat(first.code()).as(first.err()).isZero();
		assertThat(new Cosignatures(db.jdbc, Clock.systemUTC()).accept(first.out())).containsExactly(Country.KZ);
		assertThat(Files.readAllLines(state).get(0)).isEqualTo("12");

		db.appendMore(13, 20);
		db.sealer(5).sealAll();
		Files.writeString(checkpoint, db.latestCheckpoint());
		assertThat(cosign(key, logKey, checkpoint, state, null).err()).contains("consistency proof from 12 to 20");
		Files.writeString(proof, proofJson(db, 12, 20));
		assertThat(cosign(key, logKey, checkpoint, state, proof).code()).isZero();
		assertThat(Files.readAllLines(state).get(0)).isEqualTo("20");

		db.jdbc.update("UPDATE domainevententry SET metadata = NULL WHERE globalindex = 4");
		db.jdbc.execute("TRUNCATE ledger_cosignature, ledger_leaf, ledger_node, ledger_checkpoint");
		db.jdbc.update("UPDATE ledger_state SET tree_size = 0, last_global_index = -1, "
				+ "root_hash = decode('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'hex')");
		db.appendMore(21, 22);
		db.sealer(5).sealAll();
		Files.writeString(checkpoint, db.latestCheckpoint());
		Files.writeString(proof, proofJson(db, 20, 22));
		Output refused = cosign(key, logKey, checkpoint, state, proof);
		assertThat(refused.code()).isEqualTo(1);
		assertThat(refused.err()).contains("history was rewritten");
		assertThat(Files.readAllLines(state).get(0)).as("the witness still stands by 20").isEqualTo("20");
	}

	private static String proofJson(LedgerDatabase db, long from, long to) {
		List<String> hashes = MerkleProofs.consistency(from, to, new StoredTree(db.jdbc))
			.stream()
			.map((hash) -> "\"" + Base64.getEncoder().encodeToString(hash) + "\"")
			.toList();
		return "{\"from\":" + from + ",\"to\":" + to + ",\"proof\":[" + String.join(",", hashes) + "]}";
	}

	private static Output cosign(Path key, String logKey, Path checkpoint, Path state, Path proof) {
		return (proof == null)
				? command("cosign", "--witness-key", key.toString(), "--log-key", logKey, "--checkpoint",
						checkpoint.toString(), "--state", state.toString())
				: command("cosign", "--witness-key", key.toString(), "--log-key", logKey, "--checkpoint",
						checkpoint.toString(), "--state", state.toString(), "--proof", proof.toString());
	}

	record Output(int code, String out, String err) {
	}

	private static Output command(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = Verify.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

}
