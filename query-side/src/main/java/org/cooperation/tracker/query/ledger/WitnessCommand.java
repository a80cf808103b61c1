package org.cooperation.tracker.query.ledger;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A member country's witness from the command line ({@link Verify}'s {@code witness-key}
 * and {@code cosign}): its key in a file of its own, and the last checkpoint it signed in
 * a state file, so that it cosigns only a checkpoint consistent with that one.
 */
final class WitnessCommand {

	private WitnessCommand() {
	}

	/** {@code witness-key --name <key name> --out <file>}: prints the verifier key. */
	static int newKey(Map<String, String> options, PrintStream out) throws IOException {
		String name = required(options, "name");
		Path file = Path.of(required(options, "out"));
		if (Files.exists(file)) {
			throw new IllegalArgumentException(file + " exists; a witness key is never overwritten");
		}
		NoteKey key = NoteKey.generate(name, NoteKey.COSIGNATURE);
		Base64.Encoder base64 = Base64.getEncoder();
		Files.writeString(file, name + "\n" + base64.encodeToString(key.publicKey()) + "\n"
				+ base64.encodeToString(key.privateKeyEncoded()) + "\n");
		out.println(key.verifierKey());
		return 0;
	}

	/**
	 * {@code cosign --witness-key <file> --log-key <vkey|@file> --checkpoint <file>
	 * --state <file> [--proof <consistency answer>]}: prints the checkpoint with the
	 * cosignature added and moves the state on, or says why it refuses (exit 1).
	 */
	static int cosign(Map<String, String> options, PrintStream out, PrintStream err) throws IOException {
		List<String> keyLines = Files.readAllLines(Path.of(required(options, "witness-key")));
		Base64.Decoder base64 = Base64.getDecoder();
		NoteKey key = NoteKey.signing(keyLines.get(0), NoteKey.COSIGNATURE, base64.decode(keyLines.get(1)),
				base64.decode(keyLines.get(2)));
		String logKey = required(options, "log-key");
		NoteKey log = NoteKey
			.verifier(logKey.startsWith("@") ? Files.readString(Path.of(logKey.substring(1))) : logKey);
		SignedNote checkpoint = SignedNote.parse(Files.readString(Path.of(required(options, "checkpoint"))));
		Path state = Path.of(required(options, "state"));
		long size = -1;
		byte[] root = null;
		if (Files.exists(state)) {
			List<String> lines = Files.readAllLines(state);
			size = Long.parseLong(lines.get(0).trim());
			root = base64.decode(lines.get(1).trim());
		}
		List<byte[]> proof = new ArrayList<>();
		if (options.containsKey("proof")) {
			JsonNode answer = new ObjectMapper().readTree(Path.of(options.get("proof")).toFile());
			long to = Checkpoint.parse(checkpoint.text()).size();
			if (answer.path("from").asLong(-2) != size || answer.path("to").asLong(-2) != to) {
				throw new IllegalArgumentException("the proof must be from " + size + " to " + to);
			}
			answer.path("proof").forEach((hash) -> proof.add(base64.decode(hash.asText())));
		}
		Witness witness = new Witness(key, log, size, root);
		try {
			SignedNote cosigned = witness.cosign(checkpoint, proof, Instant.now().getEpochSecond());
			Files.writeString(state, witness.size() + "\n" + Base64.getEncoder().encodeToString(witness.root()) + "\n");
			out.print(cosigned.format());
			return 0;
		}
		catch (Witness.Refused ex) {
			err.println("cosign: refused: " + ex.getMessage());
			return 1;
		}
	}

	private static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null) {
			throw new IllegalArgumentException("--" + name + " is needed");
		}
		return value;
	}

}
