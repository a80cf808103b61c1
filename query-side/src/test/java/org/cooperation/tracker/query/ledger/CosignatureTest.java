package org.cooperation.tracker.query.ledger;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.ledger.Finding.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two member countries witness the log: each cosigns checkpoints it verified as
 * consistent with the last one it signed, the tracker keeps and serves their
 * cosignatures; then whoever holds the database rewrites an event and reseals the whole
 * tree with the log's own key. Both witnesses refuse the rewritten history, and the
 * verifier, given a cosigned checkpoint, finds the rewrite.
 */
class CosignatureTest {

	private static final long NOW = 1_765_100_000L;

	@Test
	void twoCountriesCosignAndRefuseAHistoryRewrittenAfterwards() throws Exception {
		LedgerDatabase db = new LedgerDatabase();
		db.appendHistory(20, Set.of(3));
		db.sealer(8).sealAll();
		Cosignatures cosignatures = new Cosignatures(db.jdbc, Clock.systemUTC());
		NoteKey logKey = NoteKey.verifier(db.verifierKey());
		NoteKey kzKey = NoteKey.generate("kz.example/ledger-witness", NoteKey.COSIGNATURE);
		NoteKey uzKey = NoteKey.generate("uz.example/ledger-witness", NoteKey.COSIGNATURE);
		cosignatures.register(Country.KZ, kzKey.verifierKey(), "admin");
		cosignatures.register(Country.UZ, uzKey.verifierKey(), "admin");
		Witness kazakhstan = new Witness(kzKey, logKey, -1, null);
		Witness uzbekistan = new Witness(uzKey, logKey, -1, null);

		// Both cosign the first checkpoint (19 leaves) and post their lines.
		SignedNote first = SignedNote.parse(db.latestCheckpoint());
		assertThat(cosignatures.accept(kazakhstan.cosign(first, List.of(), NOW).format())).containsExactly(Country.KZ);
		assertThat(cosignatures.accept(uzbekistan.cosign(first, List.of(), NOW).format())).containsExactly(Country.UZ);

		// The log grows; each checks the consistency proof from 19 and cosigns 29.
		db.appendMore(21, 30);
		db.sealer(8).sealAll();
		SignedNote second = SignedNote.parse(db.latestCheckpoint());
		long size = Checkpoint.parse(second.text()).size();
		List<byte[]> proof = MerkleProofs.consistency(19, size, new StoredTree(db.jdbc));
		SignedNote byBoth = kazakhstan.cosign(second, proof, NOW + 60)
			.with(uzbekistan.cosign(second, proof, NOW + 60).signatures().get(1));
		assertThat(cosignatures.accept(byBoth.format())).containsExactly(Country.KZ, Country.UZ);

		String served = cosignatures.withCosignatures(size, db.latestCheckpoint());
		SignedNote servedNote = SignedNote.parse(served);
		assertThat(servedNote.signedBy(logKey)).isTrue();
		assertThat(servedNote.signedBy(NoteKey.verifier(kzKey.verifierKey()))).isTrue();
		assertThat(servedNote.signedBy(NoteKey.verifier(uzKey.verifierKey()))).isTrue();
		assertThat(cosignatures.vouched()).extracting(Cosignatures.Vouched::country, Cosignatures.Vouched::treeSize)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Country.KZ, size),
					org.assertj.core.groups.Tuple.tuple(Country.UZ, size));
		assertThatThrownBy(() -> cosignatures.accept(kazakhstan.cosign(first, List.of(), NOW).format()))
			.as("a witness never vouches for a smaller tree after a larger one")
			.isInstanceOf(Witness.Refused.class);
		SignedNote olderAgain = new Witness(kzKey, logKey, -1, null).cosign(first, List.of(), NOW + 90);
		assertThatThrownBy(() -> cosignatures.accept(olderAgain.format())).as("nor does the tracker keep one")
			.isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("already vouched for tree size " + size);

		// Whoever holds the database changes event 7 and reseals everything, one more
		// event on top.
		db.jdbc.update("UPDATE domainevententry SET payload = set_byte(payload, 5, get_byte(payload, 5) # 1) "
				+ "WHERE globalindex = 7");
		db.jdbc.execute("TRUNCATE ledger_cosignature, ledger_leaf, ledger_node, ledger_checkpoint");
		db.jdbc.update("UPDATE ledger_state SET tree_size = 0, last_global_index = -1, "
				+ "root_hash = decode('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'hex')");
		db.appendMore(31, 31);
		db.sealer(8).sealAll();
		SignedNote rewritten = SignedNote.parse(db.latestCheckpoint());
		assertThat(rewritten.signedBy(logKey)).as("signed with the log's own key").isTrue();
		long rewrittenSize = Checkpoint.parse(rewritten.text()).size();
		List<byte[]> forgedProof = MerkleProofs.consistency(size, rewrittenSize, new StoredTree(db.jdbc));

		for (Witness witness : List.of(kazakhstan, uzbekistan)) {
			assertThatThrownBy(() -> witness.cosign(rewritten, forgedProof, NOW + 120))
				.isInstanceOf(Witness.Refused.class)
				.hasMessageContaining("history was rewritten");
		}
		HistoryVerifier.Report report = db.verify(byBoth.format());
		assertThat(report.findings()).extracting(Finding::kind).containsExactly(Kind.ROOT_MISMATCH);
	}

	@Test
	void aCosignatureByAnUnregisteredKeyOrOnAnUnknownCheckpointIsRefused() throws Exception {
		LedgerDatabase db = new LedgerDatabase();
		db.appendHistory(5, Set.of());
		db.sealer(8).sealAll();
		Cosignatures cosignatures = new Cosignatures(db.jdbc, Clock.systemUTC());
		NoteKey logKey = NoteKey.verifier(db.verifierKey());
		NoteKey stranger = NoteKey.generate("kg.example/ledger-witness", NoteKey.COSIGNATURE);
		SignedNote checkpoint = SignedNote.parse(db.latestCheckpoint());
		String cosigned = new Witness(stranger, logKey, -1, null).cosign(checkpoint, List.of(), NOW).format();

		assertThatThrownBy(() -> cosignatures.accept(cosigned)).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("no registered member country");
		assertThatThrownBy(() -> cosignatures.accept(cosigned.replace("\n5\n", "\n6\n")))
			.isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("signed no such checkpoint");
		assertThatThrownBy(() -> cosignatures.register(Country.KG, logKey.verifierKey(), "admin"))
			.isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("type 0x04");
	}

}
