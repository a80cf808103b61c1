package org.cooperation.tracker.kernel.common;

/**
 * The one rule every text the tracker is given must pass, whatever the field: each
 * character is one that PostgreSQL can store and that a reader sees as it is stored.
 * Refused are
 * <ul>
 * <li>control characters, C0 (U+0000–U+001F), DEL and C1 (U+007F–U+009F): PostgreSQL
 * cannot store U+0000 in text, so an event carrying it could never be projected, and the
 * others garble a page, a log line or a terminal;</li>
 * <li>bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make a
 * text read differently from how it is stored ("Trojan Source");</li>
 * <li>halves of a surrogate pair without the other half, which are no character at all
 * and would be stored as '?'.</li>
 * </ul>
 * Free text (notes, descriptions, reasons, decisions) may break lines and hold tabs: a
 * tab, a line feed, CR LF, and the line and paragraph separators U+2028 and U+2029. A
 * line (titles, names, places, references) holds none of them, nor does free text hold a
 * lone carriage return, which makes a terminal overwrite what it showed.
 */
public final class PrintableText {

	/** What a field holds, which decides whether it may break lines. */
	public enum Kind {

		/** One line: a title, a name, a place, a reference, an address. */
		LINE,

		/** Text of several lines: a note, a description, a reason. */
		FREE_TEXT

	}

	private PrintableText() {
	}

	/**
	 * The text, when every character in it passes the rule for its kind.
	 * @param text the text (null passes)
	 * @param field how a refusal names the field
	 * @param kind whether it is one line or free text
	 * @throws InvalidValueException naming the field and the first refused character as
	 * U+XXXX, never the character itself
	 */
	public static String check(String text, String field, Kind kind) {
		Refusal refusal = refusal(text, kind);
		if (refusal != null) {
			throw InvalidValueException.ofField(field, field + " " + refusal.words(),
					Phrase.of(refusal.key(), field, refusal.codePoint(), refusal.position()));
		}
		return text;
	}

	/**
	 * The text with every character a line may not hold (tabs and line breaks too)
	 * written as {@code <U+XXXX>}: so a refusal can quote what it was given on one line
	 * without echoing a hostile character back.
	 */
	public static String escaped(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				escaped.append(c).append(text.charAt(++i));
			}
			else if (Character.isSurrogate(c) || isControl(c) || isBidiControl(c) || isLineBreak(c)) {
				escaped.append('<').append(codePoint(c)).append('>');
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/**
	 * Why a text is refused: the first refused character as U+XXXX and its position, and
	 * the reason, in English words and as the key of the same words in the bundles.
	 */
	private record Refusal(String key, String codePoint, int position) {

		String words() {
			String at = codePoint + " (character " + position + ")";
			return switch (key) {
				case "value.text.surrogate" ->
					"contains " + at + ", half of a surrogate pair without its other half, which is not a character";
				case "value.text.tab" -> "is a single line and may not contain the tab " + at;
				case "value.text.lineBreak" -> "is a single line and may not contain the line break " + at;
				case "value.text.control" ->
					"contains the control character " + at + ", which the tracker does not store";
				default -> "contains the bidirectional control " + at
						+ ", which makes a text read differently from how it is stored";
			};
		}

	}

	/** Why the text is refused, or null when it passes. */
	private static Refusal refusal(String text, Kind kind) {
		if (text == null) {
			return null;
		}
		int position = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			position++;
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
				continue;
			}
			char next = (i + 1 < text.length()) ? text.charAt(i + 1) : 0;
			String key = refused(c, kind, next);
			if (key != null) {
				return new Refusal(key, codePoint(c), position);
			}
		}
		return null;
	}

	/**
	 * Why this one character is refused (the key of its words), or null when it passes.
	 */
	private static String refused(char c, Kind kind, char next) {
		if (Character.isSurrogate(c)) {
			return "value.text.surrogate";
		}
		if (kind == Kind.LINE && (c == '\t' || isLineBreak(c))) {
			return (c == '\t') ? "value.text.tab" : "value.text.lineBreak";
		}
		boolean layout = c == '\t' || c == '\n' || (c == '\r' && next == '\n');
		if (isControl(c) && !layout) {
			return "value.text.control";
		}
		if (isBidiControl(c)) {
			return "value.text.bidi";
		}
		return null;
	}

	/** C0 and C1 controls and DEL. */
	private static boolean isControl(char c) {
		return Character.isISOControl(c);
	}

	/** The bidirectional embeddings, overrides and isolates. */
	private static boolean isBidiControl(char c) {
		return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
	}

	private static boolean isLineBreak(char c) {
		return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
	}

	private static String codePoint(char c) {
		return String.format("U+%04X", (int) c);
	}

}
