package org.cooperation.tracker.command.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.common.Sha256;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.archive.ApproveArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyId;
import org.cooperation.tracker.kernel.programme.archive.ArchiveMaterial;
import org.cooperation.tracker.kernel.programme.archive.ConfirmArchiveCopyReceipt;
import org.cooperation.tracker.kernel.programme.archive.DeclineArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.MaterialType;
import org.cooperation.tracker.kernel.programme.archive.OfferArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.RequestArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.TransferArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.TransferMedium;

import static org.cooperation.tracker.kernel.country.Country.KG;
import static org.cooperation.tracker.kernel.country.Country.KZ;
import static org.cooperation.tracker.kernel.country.Country.TJ;
import static org.cooperation.tracker.kernel.country.Country.TM;
import static org.cooperation.tracker.kernel.country.Country.UZ;

/**
 * Sample copies on the demo archive-exchange initiative, one at each step of the way (and
 * one through a checksum mismatch), so the matrix, the ledgers and the waiting lists have
 * something to show. Titles and shelf marks say SAMPLE; ids are fixed.
 */
class ArchiveExchangeDemo implements DemoProgramme {

	private static final InitiativeId ARCHIVES = DemoCommands.ARCHIVE_EXCHANGE;

	private static final String NOTE = DemoCommands.SAMPLE_NOTE;

	@Override
	public void load(DemoCommands send) {
		ArchiveCopyId letters = copy(1);
		send.sample(new OfferArchiveCopy(letters, ARCHIVES, KZ, UZ,
				material(MaterialType.DOCUMENTARY, "Letters of a regional theatre, 1930s", "KZ", 1), NOTE));
		send.sample(new ApproveArchiveCopy(letters, ARCHIVES, UZ, NOTE));
		send.sample(new TransferArchiveCopy(letters, ARCHIVES, KZ, checksum(1, 1), TransferMedium.DIGITAL_TRANSFER,
				day(12, 5), NOTE));
		send.sample(new ConfirmArchiveCopyReceipt(letters, ARCHIVES, UZ, checksum(1, 1), day(12, 8), NOTE));

		ArchiveCopyId survey = copy(2);
		send.sample(new RequestArchiveCopy(survey, ARCHIVES, UZ, KG,
				material(MaterialType.SCIENTIFIC, "Glacier survey notebooks", "UZ", 2), NOTE));
		send.sample(new ApproveArchiveCopy(survey, ARCHIVES, UZ, NOTE));
		send.sample(new TransferArchiveCopy(survey, ARCHIVES, UZ, checksum(2, 1), TransferMedium.PHYSICAL_MEDIA,
				day(12, 10), NOTE));
		send.sample(new ConfirmArchiveCopyReceipt(survey, ARCHIVES, KG, checksum(2, 99), day(12, 16),
				NOTE + " The drive arrived damaged."));
		send.sample(new TransferArchiveCopy(survey, ARCHIVES, UZ, checksum(2, 2), TransferMedium.DIGITAL_TRANSFER,
				day(12, 18), NOTE));
		send.sample(new ConfirmArchiveCopyReceipt(survey, ARCHIVES, KG, checksum(2, 2), day(12, 19), NOTE));

		ArchiveCopyId poems = copy(3);
		send.sample(new OfferArchiveCopy(poems, ARCHIVES, TJ, KZ,
				material(MaterialType.LITERARY, "Manuscript of collected poems", "TJ", 3), NOTE));
		send.sample(new ApproveArchiveCopy(poems, ARCHIVES, KZ, NOTE));
		send.sample(new TransferArchiveCopy(poems, ARCHIVES, TJ, checksum(3, 1), TransferMedium.DIGITAL_TRANSFER,
				day(12, 20), NOTE));

		send.sample(new RequestArchiveCopy(copy(4), ARCHIVES, KG, TJ,
				material(MaterialType.DOCUMENTARY, "Photographs of a 1960s folk ensemble", "KG", 4), NOTE));
		send.sample(new OfferArchiveCopy(copy(5), ARCHIVES, TM, UZ,
				material(MaterialType.LITERARY, "Recordings of epic tellers, transcribed", "TM", 5), NOTE));

		ArchiveCopyId maps = copy(6);
		send.sample(new RequestArchiveCopy(maps, ARCHIVES, UZ, TJ,
				material(MaterialType.SCIENTIFIC, "Irrigation maps of a river valley", "UZ", 6), NOTE));
		send.sample(new ApproveArchiveCopy(maps, ARCHIVES, UZ, NOTE));

		ArchiveCopyId press = copy(7);
		send.sample(new OfferArchiveCopy(press, ARCHIVES, KZ, TM,
				material(MaterialType.DOCUMENTARY, "Press cuttings on a 1970s film festival", "KZ", 7), NOTE));
		send.sample(new DeclineArchiveCopy(press, ARCHIVES, TM, NOTE + " A copy is held already."));
	}

	private static ArchiveMaterial material(MaterialType type, String title, String holder, int n) {
		return new ArchiveMaterial(type, LocalizedText.english("SAMPLE: " + title),
				"SAMPLE-" + holder + "-" + String.format("%03d", n),
				LocalizedText.english("Sample record for the demonstration; not an actual archival unit."));
	}

	/** A digest that stands for one transfer of one sample copy. */
	private static Sha256 checksum(int copy, int transfer) {
		return Sha256.of(("SAMPLE copy " + copy + " transfer " + transfer).getBytes(StandardCharsets.UTF_8));
	}

	private static LocalDate day(int month, int day) {
		return LocalDate.of(2025, month, day);
	}

	static ArchiveCopyId copy(int n) {
		return new ArchiveCopyId(DemoCommands.fixedId("00000000a0" + String.format("%02d", n)));
	}

}
