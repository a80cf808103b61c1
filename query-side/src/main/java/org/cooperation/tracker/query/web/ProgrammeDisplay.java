package org.cooperation.tracker.query.web;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyStep;

/**
 * How the programme kinds' pages word their values, called from templates as
 * {@code @records}.
 */
@Component("records")
@RequiredArgsConstructor
public class ProgrammeDisplay {

	private final MessageSource messages;

	/**
	 * An enum constant in the reader's words, from the key
	 * {@code enum.<SimpleName>.<NAME>} as {@link Display#constant} words it. A constant
	 * whose kind's bundle does not word it yet is shown as English words
	 * (CHECKSUM_MISMATCH is "Checksum mismatch") rather than failing the page.
	 */
	public String words(Enum<?> constant) {
		if (constant == null) {
			return "—";
		}
		return messages.getMessage(Display.key(constant), null, Display.words(constant.name()),
				LocaleContextHolder.getLocale());
	}

	/**
	 * The CSS class that colours a copy's state; the state is always written beside it.
	 */
	public String copyClass(ArchiveCopyState state) {
		return (state != null) ? "copy-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-') : "";
	}

	/**
	 * What a country has to do next, as an instruction in the reader's words
	 * ({@code enum.ArchiveCopyStep.APPROVE}: "Approve or decline").
	 */
	public String instruction(ArchiveCopyStep step) {
		return words(step);
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
