package org.cooperation.tracker.query.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import lombok.RequiredArgsConstructor;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.query.history.model.HistoryEntryType;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the pages word values in the reader's language, called from templates as
 * {@code @show}: labels from the message bundles, dates and numbers in the language's own
 * formats, and multilingual source texts in the reader's language where one was recorded.
 */
@Component("show")
@RequiredArgsConstructor
public class Display {

	/** What each language's reader is shown when their own text is missing, in order. */
	private static final List<String> KK_ORDER = List.of("kk", "ru", "en");

	private static final List<String> RU_ORDER = List.of("ru", "en", "kk");

	private static final List<String> EN_ORDER = List.of("en", "ru", "kk");

	private final MessageSource messages;

	/**
	 * The languages' formats, built once: a page such as the status matrix formats a
	 * thousand dates, and building a localized formatter costs more than using it.
	 */
	private final Map<Locale, DateTimeFormatter> dates = new ConcurrentHashMap<>();

	private final Map<Locale, DateTimeFormatter> recordedTimes = new ConcurrentHashMap<>();

	/** A label of the bundles in the reader's language. */
	public String label(String key, Object... arguments) {
		return messages.getMessage(key, arguments, language());
	}

	/** The text in the reader's language, else in the nearest one recorded, or a dash. */
	public String text(LocalizedText text) {
		return (text != null) ? in(text, lang(text)) : "—";
	}

	/** The language {@link #text} picked, for the element's lang attribute. */
	public String lang(LocalizedText text) {
		String reader = language().getLanguage();
		if (text == null) {
			return reader;
		}
		return order(reader).stream().filter((code) -> in(text, code) != null).findFirst().orElse(reader);
	}

	/**
	 * "fallback" when the text is shown in another language than the reader's (the page
	 * marks it, naming the language), else empty: for {@code th:classappend}.
	 */
	public String fallback(LocalizedText text) {
		return (text != null && !lang(text).equals(language().getLanguage())) ? "fallback" : "";
	}

	/**
	 * Why the text is in another language than the reader's, for its title; else null.
	 */
	public String fallbackNote(LocalizedText text) {
		if (fallback(text).isEmpty()) {
			return null;
		}
		return label("site.fallback", label("site.lang." + lang(text)));
	}

	public String country(Country country) {
		if (country == null) {
			return "—";
		}
		return switch (language().getLanguage()) {
			case "kk" -> country.nameKk();
			case "ru" -> country.nameRu();
			default -> country.nameEn();
		};
	}

	public String status(ParticipationStatus status) {
		return constant(status);
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
		return constant(kind);
	}

	public String entryType(HistoryEntryType type) {
		return constant(type);
	}

	/**
	 * An enum constant in words, from the key {@code enum.<SimpleName>.<NAME>}
	 * ({@code enum.ParticipationStatus.AGREED}), or a dash for none.
	 */
	public String constant(Enum<?> constant) {
		return (constant != null) ? label(key(constant)) : "—";
	}

	/** The bundle key that words an enum constant. */
	public static String key(Enum<?> constant) {
		return "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
	}

	/**
	 * A recorded instant, to the minute, in UTC (the footer says so), in the reader's
	 * format.
	 */
	public String recorded(Instant instant) {
		if (instant == null) {
			return "—";
		}
		return recordedTimes
			.computeIfAbsent(language(),
					(locale) -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
						.withLocale(locale)
						.withZone(ZoneOffset.UTC))
			.format(instant) + " UTC";
	}

	/** A day in the reader's format: "14 Nov 2025", "14 нояб. 2025 г.". */
	public String date(LocalDate date) {
		if (date == null) {
			return "—";
		}
		return dates
			.computeIfAbsent(language(),
					(locale) -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale))
			.format(date);
	}

	/** A whole percentage in the reader's format: "40%", "40 %". */
	public String percent(Number percent) {
		return (percent != null) ? NumberFormat.getPercentInstance(language()).format(percent.doubleValue() / 100)
				: "—";
	}

	/** A count with the reader's grouping: "1,200", "1 200". */
	public String number(Number number) {
		return (number != null) ? NumberFormat.getIntegerInstance(language()).format(number) : "—";
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

	/**
	 * Choices of a filter: each constant sent by name and shown in the reader's words.
	 */
	public List<Choice> choices(Enum<?>[] constants) {
		return Arrays.stream(constants).map((constant) -> new Choice(constant.name(), constant(constant))).toList();
	}

	/** Every country as a filter's choice, sent by code and shown by name. */
	public List<Choice> countryChoices() {
		return Arrays.stream(Country.values()).map((country) -> new Choice(country.name(), country(country))).toList();
	}

	/**
	 * An enum constant's name as English words: CHECKSUM_MISMATCH is "Checksum mismatch".
	 * For texts that stay English whatever the reader's language (an iCalendar feed's
	 * summary); a page words a constant with {@link #constant}.
	 */
	public static String words(String constant) {
		String spaced = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	private static Locale language() {
		return LocaleContextHolder.getLocale();
	}

	private static List<String> order(String reader) {
		return switch (reader) {
			case "kk" -> KK_ORDER;
			case "ru" -> RU_ORDER;
			default -> EN_ORDER;
		};
	}

	private static String in(LocalizedText text, String code) {
		return switch (code) {
			case "kk" -> text.kk();
			case "ru" -> text.ru();
			default -> text.en();
		};
	}

}
