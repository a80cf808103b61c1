package org.cooperation.tracker.query.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.query.history.model.HistoryEntryType;

import org.springframework.stereotype.Component;

/**
 * How the pages word values, called from templates as {@code @show}. English labels;
 * multilingual source text is shown in English where it exists, otherwise as written.
 */
@Component("show")
public class Display {

	private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** The text for an English reader, or a dash when there is none. */
	public String text(LocalizedText text) {
		return (text != null) ? text.preferEnglish() : "—";
	}

	/** The language {@link #text} picked, for the element's lang attribute. */
	public String lang(LocalizedText text) {
		if (text == null || text.en() != null) {
			return "en";
		}
		return (text.ru() != null) ? "ru" : "kk";
	}

	public String country(Country country) {
		return (country != null) ? country.nameEn() : "—";
	}

	public String status(ParticipationStatus status) {
		return (status != null) ? words(status.name()) : "—";
	}

	/** The CSS class that colours a status; the text label is always shown beside it. */
	public String statusClass(ParticipationStatus status) {
		return (status != null) ? "status-" + status.name().toLowerCase(Locale.ROOT) : "";
	}

	/** Every status in lifecycle order, for the legend. */
	public List<ParticipationStatus> statuses() {
		return List.of(ParticipationStatus.values());
	}

	public String kind(InitiativeKind kind) {
		return (kind != null) ? words(kind.name()) : "—";
	}

	public String entryType(HistoryEntryType type) {
		return switch (type) {
			case PROPOSED -> "Proposed";
			case STATUS_CHANGED -> "Status changed";
			case PROGRESS_REPORTED -> "Progress reported";
		};
	}

	public String recorded(Instant instant) {
		return (instant != null) ? RECORDED.format(instant) : "—";
	}

	/**
	 * The address when it is a web address, else null. Evidence links are checked when
	 * recorded; checking again costs nothing and keeps a script: link out of an href.
	 */
	public String webAddress(String url) {
		if (url == null) {
			return null;
		}
		String lower = url.toLowerCase(Locale.ROOT);
		return (lower.startsWith("https://") || lower.startsWith("http://")) ? url : null;
	}

	/** An enum constant's name as words: CHECKSUM_MISMATCH is "Checksum mismatch". */
	public static String words(String constant) {
		String spaced = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
