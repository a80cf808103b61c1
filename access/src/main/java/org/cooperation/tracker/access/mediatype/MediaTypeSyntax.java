package org.cooperation.tracker.access.mediatype;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a Content-Type (one media type) or an Accept header (a list of media ranges) by
 * RFC 9110's grammar, more strictly than the framework does: a parameter without a value,
 * a parameter named twice, an unterminated quoted string, a quality value that is no
 * number from 0 to 1, or any character outside printable ASCII is refused with a sentence
 * saying which, where the framework would ignore it or fail later.
 */
public final class MediaTypeSyntax {

	/** RFC 9110's qvalue: 0 to 1 with at most three decimals. */
	private static final Pattern QUALITY = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

	/** RFC 9110's tchar, the characters of a token. */
	private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

	private final String text;

	private int at;

	private MediaTypeSyntax(String text) {
		this.text = text;
	}

	/** Why a header was not read; the sentence is the tracker's, fit for a client. */
	public static final class Malformed extends Exception {

		Malformed(String reason) {
			super(reason, null, false, false);
		}

	}

	/** Exactly one media type, as a Content-Type holds it. */
	public static MediaRange mediaType(String text) throws Malformed {
		MediaTypeSyntax syntax = new MediaTypeSyntax(printableAscii(text));
		syntax.skipWhitespace();
		if (syntax.atEnd()) {
			throw new Malformed("it is empty; name one media type, such as application/json");
		}
		MediaRange type = syntax.range();
		syntax.skipWhitespace();
		if (!syntax.atEnd()) {
			throw new Malformed("it names more than one media type; name exactly one, such as application/json");
		}
		return type;
	}

	/**
	 * The media ranges of an Accept header, in order; empty list elements are skipped, as
	 * RFC 9110 asks of a recipient, so an empty header is an empty list.
	 */
	public static List<MediaRange> mediaRanges(String text) throws Malformed {
		MediaTypeSyntax syntax = new MediaTypeSyntax(printableAscii(text));
		List<MediaRange> ranges = new ArrayList<>();
		while (true) {
			syntax.skipWhitespace();
			if (syntax.atEnd()) {
				return ranges;
			}
			if (syntax.peek() == ',') {
				syntax.at++;
				continue;
			}
			ranges.add(syntax.range());
			syntax.skipWhitespace();
			if (!syntax.atEnd() && syntax.peek() != ',') {
				throw new Malformed("media ranges must be separated by commas");
			}
		}
	}

	private static String printableAscii(String text) throws Malformed {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t') || c > 0x7e) {
				throw new Malformed("it holds a character outside printable ASCII; media types are written in ASCII");
			}
		}
		return text;
	}

	private MediaRange range() throws Malformed {
		String type = token("a media type starts with its type, as the 'application' of application/json");
		if (atEnd() || peek() != '/') {
			throw new Malformed("'" + type + "' lacks '/' and a subtype; write type/subtype, such as application/json");
		}
		at++;
		String subtype = token("'" + type + "/' lacks its subtype; write type/subtype, such as application/json");
		if (MediaRange.ANY.equals(type) && !MediaRange.ANY.equals(subtype)) {
			throw new Malformed("'*/" + subtype + "' is no media range: a wildcard type goes only with a wildcard "
					+ "subtype (*/*)");
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		while (true) {
			skipWhitespace();
			if (atEnd() || peek() == ',') {
				break;
			}
			if (peek() != ';') {
				throw new Malformed("after '" + type + "/" + subtype + "' only parameters may follow, each after ';'");
			}
			at++;
			skipWhitespace();
			if (atEnd() || peek() == ';' || peek() == ',') {
				// RFC 9110 allows an empty parameter ("application/json;").
				continue;
			}
			parameter(parameters);
		}
		return new MediaRange(type.toLowerCase(Locale.ROOT), subtype.toLowerCase(Locale.ROOT),
				Collections.unmodifiableMap(parameters));
	}

	private void parameter(Map<String, String> parameters) throws Malformed {
		String name = token("a parameter starts with its name, as in charset=utf-8").toLowerCase(Locale.ROOT);
		if (atEnd() || peek() != '=') {
			throw new Malformed("the parameter '" + name + "' has no value; write " + name + "=value, without spaces");
		}
		at++;
		String value;
		if (!atEnd() && peek() == '"') {
			value = quoted(name);
		}
		else {
			value = token("the parameter '" + name + "' has no value; write " + name + "=value, without spaces");
		}
		if ("q".equals(name) && !QUALITY.matcher(value).matches()) {
			throw new Malformed("the quality value q=" + value + " is not a number from 0 to 1 with at most three "
					+ "decimals, such as q=0.8");
		}
		if (parameters.putIfAbsent(name, value) != null) {
			throw new Malformed("the parameter '" + name + "' is given twice");
		}
	}

	/** A token; {@code missing} says what was expected when none is there. */
	private String token(String missing) throws Malformed {
		int start = at;
		while (!atEnd() && isTokenCharacter(peek())) {
			at++;
		}
		if (at == start) {
			if (!atEnd() && !Character.isWhitespace(peek()) && peek() != ';' && peek() != ',' && peek() != '/'
					&& peek() != '=') {
				throw new Malformed("the character '" + peek() + "' may not appear there; a media type is "
						+ "written type/subtype;name=value");
			}
			throw new Malformed(missing);
		}
		return text.substring(start, at);
	}

	private String quoted(String name) throws Malformed {
		StringBuilder value = new StringBuilder();
		at++;
		while (!atEnd()) {
			char c = text.charAt(at++);
			if (c == '"') {
				return value.toString();
			}
			if (c == '\\') {
				if (atEnd()) {
					break;
				}
				c = text.charAt(at++);
			}
			value.append(c);
		}
		throw new Malformed("the quoted value of the parameter '" + name + "' is not closed with '\"'");
	}

	private static boolean isTokenCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
				|| TOKEN_SYMBOLS.indexOf(c) >= 0;
	}

	private void skipWhitespace() {
		while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
			at++;
		}
	}

	private boolean atEnd() {
		return at >= text.length();
	}

	private char peek() {
		return text.charAt(at);
	}

}
