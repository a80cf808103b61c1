package org.cooperation.tracker.query.web;

import java.util.Locale;

import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyStep;

/**
 * How the programme kinds' pages word their values, called from templates as
 * {@code @records}.
 */
@Component("records")
public class ProgrammeDisplay {

	/** An enum constant as words: CHECKSUM_MISMATCH is "Checksum mismatch". */
	public String words(Enum<?> constant) {
		if (constant == null) {
			return "—";
		}
		return Display.words(constant.name());
	}

	/**
	 * The CSS class that colours a copy's state; the state is always written beside it.
	 */
	public String copyClass(ArchiveCopyState state) {
		return (state != null) ? "copy-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-') : "";
	}

	/** What a country has to do next, as an instruction. */
	public String instruction(ArchiveCopyStep step) {
		if (step == null) {
			return "—";
		}
		return switch (step) {
			case APPROVE -> "Approve or decline";
			case TRANSFER -> "Transfer";
			case CONFIRM_RECEIPT -> "Confirm receipt";
		};
	}

	/** A digest shortened for a table cell; the full value is in its title. */
	public String shortChecksum(String checksum) {
		return (checksum != null && checksum.length() > 12) ? checksum.substring(0, 12) + "…" : checksum;
	}

	/** An alpha-2 code as it appears in page addresses. */
	public String code(Enum<?> country) {
		return (country != null) ? country.name().toLowerCase(Locale.ROOT) : "";
	}

}
