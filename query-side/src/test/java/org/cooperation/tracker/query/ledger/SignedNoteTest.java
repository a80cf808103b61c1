package org.cooperation.tracker.query.ledger;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Checkpoints in signed notes as C2SP specifies them: the verifier key round trip, a
 * signature that fails on any change of text, a cosignature over its time and the text,
 * and the leaf encoding that keeps fields apart.
 */
class SignedNoteTest {

	private static final String ORIGIN = "tracker.example/events";

	@Test
	void aSignedCheckpointVerifiesWithTheServedKeyAndNotOnceChanged() {
		NoteKey key = NoteKey.generate(ORIGIN, NoteKey.ED25519);
		Checkpoint checkpoint = new Checkpoint(ORIGIN, 42, TreeHashes.leaf(new byte[] { 1 }));
		String note = SignedNote.sign(checkpoint.body(), key).format();

		NoteKey verifier = NoteKey.verifier(key.verifierKey());
		SignedNote parsed = SignedNote.parse(note);
		assertThat(parsed.signedBy(verifier)).isTrue();
		assertThat(Checkpoint.parse(parsed.text()).size()).isEqualTo(42);
		assertThat(note).startsWith(ORIGIN + "\n42\n").contains("\n\n\u2014 " + ORIGIN + " ");

		String forged = note.replace("\n42\n", "\n43\n");
		assertThat(SignedNote.parse(forged).signedBy(verifier)).isFalse();
		NoteKey stranger = NoteKey.generate(ORIGIN, NoteKey.ED25519);
		assertThat(parsed.signedBy(NoteKey.verifier(stranger.verifierKey()))).isFalse();
	}

	@Test
	void theKeyIdIsTheSpecsHashOfNameTypeAndKey() {
		NoteKey key = NoteKey.generate(ORIGIN, NoteKey.ED25519);
		byte[] material = new byte[ORIGIN.length() + 2 + 32];
		System.arraycopy(ORIGIN.getBytes(), 0, material, 0, ORIGIN.length());
		material[ORIGIN.length()] = 0x0A;
		material[ORIGIN.length() + 1] = 0x01;
		System.arraycopy(key.publicKey(), 0, material, ORIGIN.length() + 2, 32);
		String expected = HexFormat.of().formatHex(TreeHashes.digest(material)).substring(0, 8);
		assertThat(key.verifierKey()).startsWith(ORIGIN + "+" + expected + "+A");
		String material64 = key.verifierKey().substring(ORIGIN.length() + 10);
		assertThatThrownBy(() -> NoteKey.verifier(ORIGIN + "+00000000+" + material64))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aCosignatureCoversItsTimeAndTheCheckpoint() {
		NoteKey log = NoteKey.generate(ORIGIN, NoteKey.ED25519);
		NoteKey witness = NoteKey.generate("kz.example/auditor", NoteKey.COSIGNATURE);
		SignedNote note = SignedNote.sign(new Checkpoint(ORIGIN, 7, TreeHashes.emptyRoot()).body(), log);
		SignedNote cosigned = SignedNote.parse(note.with(note.cosign(witness, 1_765_000_000L)).format());

		NoteKey witnessVerifier = NoteKey.verifier(witness.verifierKey());
		assertThat(cosigned.signedBy(witnessVerifier)).isTrue();
		assertThat(cosigned.cosignedAt(witnessVerifier)).isEqualTo(1_765_000_000L);
		assertThat(cosigned.signedBy(NoteKey.verifier(log.verifierKey()))).isTrue();
		String changedTime = cosigned.format();
		SignedNote other = SignedNote.sign(new Checkpoint(ORIGIN, 8, TreeHashes.emptyRoot()).body(), log);
		assertThat(other.with(cosigned.signatures().get(1)).signedBy(witnessVerifier)).isFalse();
		assertThat(changedTime).contains("\u2014 kz.example/auditor ");
	}

	@Test
	void theLeafBytesKeepEveryFieldApart() {
		EventLeaf event = new EventLeaf(5, "e-1", "Initiative", "ab", 0, "2025-11-20T09:00:00Z", "T", null,
				"{}".getBytes(), null);
		EventLeaf shifted = new EventLeaf(5, "e-1", "Initiativea", "b", 0, "2025-11-20T09:00:00Z", "T", null,
				"{}".getBytes(), null);
		EventLeaf emptyMetadata = new EventLeaf(5, "e-1", "Initiative", "ab", 0, "2025-11-20T09:00:00Z", "T", null,
				"{}".getBytes(), new byte[0]);
		assertThat(event.leafHash()).isNotEqualTo(shifted.leafHash()).isNotEqualTo(emptyMetadata.leafHash());
		EventLeaf everything = new EventLeaf(-7, "e-2", null, "агрегат", Long.MAX_VALUE, "t", "T", "2",
				new byte[70_000], "{\"a\":1}".getBytes());
		for (EventLeaf leaf : java.util.List.of(event, shifted, emptyMetadata, everything)) {
			assertThat(leaf.leafHash()).as("the hash is of the documented bytes")
				.isEqualTo(TreeHashes.leaf(leaf.leafBytes()));
		}
		assertThat(new String(event.leafBytes(), 0, EventLeaf.LABEL.length())).isEqualTo(EventLeaf.LABEL);
		assertThat(event.leafHash()).isEqualTo(
				new EventLeaf(5, "e-1", "Initiative", "ab", 0, "2025-11-20T09:00:00Z", "T", null, "{}".getBytes(), null)
					.leafHash());
	}

}
