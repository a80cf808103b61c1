package org.cooperation.tracker.kernel.common;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.kernel.common.PrintableText.Kind;
import org.cooperation.tracker.kernel.programme.brand.Nominee;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorContact;
import org.cooperation.tracker.kernel.protocol.Party;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one rule for text: what PostgreSQL cannot store or what would deceive a reader is
 * refused in every field, naming the field and the character as U+XXXX; tabs and line
 * breaks only in free text; every script and emoji pass.
 */
class PrintableTextTest {

	/** Ordinary text in the tracker's languages, with an emoji (a surrogate pair). */
	static final List<String> ORDINARY = List.of("Орталық Азияның мәдени күнтізбесі",
			"Культурный календарь Центральной Азии", "Markaziy Osiyo madaniy taqvimi", "Маданий бренд 🎭🇰🇿",
			"Ǧ — «Қазақ» © 2026", "\u200Fعربي\u200E mark", "a\u00A0b");

	@Test
	void ordinaryTextOfEveryLanguagePassesAsALineAndAsFreeText() {
		for (String text : ORDINARY) {
			assertThat(PrintableText.check(text, "title", Kind.LINE)).isEqualTo(text);
			assertThat(PrintableText.check(text, "note", Kind.FREE_TEXT)).isEqualTo(text);
		}
		assertThat(PrintableText.check(null, "note", Kind.LINE)).isNull();
	}

	@Test
	void everyC0AndC1ControlIsRefusedButTabAndLineFeedInFreeText() {
		IntStream.concat(IntStream.rangeClosed(0x00, 0x1F), IntStream.rangeClosed(0x7F, 0x9F)).forEach((c) -> {
			String text = "a" + (char) c + "b";
			if (c != '\t' && c != '\n') {
				assertRefused(text, Kind.FREE_TEXT, "note contains the control character " + hex(c) + " (character 2)");
			}
			assertRefused(text, Kind.LINE, hex(c) + " (character 2)");
		});
	}

	@Test
	void tabsAndLineBreaksAreFreeTextOnly() {
		for (String layout : List.of("\t", "\n", "\r\n", "\u2028", "\u2029")) {
			String text = "first" + layout + "second";
			assertThat(PrintableText.check(text, "note", Kind.FREE_TEXT)).isEqualTo(text);
		}
		assertRefused("Folk\tfestival", Kind.LINE, "title is a single line and may not contain the tab U+0009");
		assertRefused("Folk\nfestival", Kind.LINE, "title is a single line and may not contain the line break U+000A");
		assertRefused("Folk\r\nfestival", Kind.LINE, "the line break U+000D");
		assertRefused("Folk\u2028festival", Kind.LINE, "the line break U+2028");
		// A lone carriage return makes a terminal overwrite the line it shows.
		assertRefused("paid\runpaid", Kind.FREE_TEXT, "the control character U+000D (character 5)");
	}

	@Test
	void bidirectionalOverridesAndIsolatesAreRefused() {
		for (char c : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".toCharArray()) {
			for (Kind kind : Kind.values()) {
				assertRefused("invoice" + c + "fdp.exe", kind,
						"contains the bidirectional control " + hex(c) + " (character 8)");
			}
		}
	}

	@Test
	void halfASurrogatePairIsRefused() {
		assertRefused("a\uD800b", Kind.FREE_TEXT, "note contains U+D800 (character 2), half of a surrogate pair");
		assertRefused("a\uDC00", Kind.LINE, "U+DC00 (character 2)");
		assertRefused("\uDE00\uD83D", Kind.FREE_TEXT, "U+DE00 (character 1)");
		assertRefused("\uD83D", Kind.FREE_TEXT, "U+D83D (character 1)");
		// A whole pair counts as one character.
		assertRefused("🎭\u0000", Kind.FREE_TEXT, "U+0000 (character 2)");
	}

	@Test
	void aRefusalNeverEchoesTheCharacter() {
		for (String bad : List.of("\u0000", "\u0085", "\u202E", "\u2066", "\uD800", "\n", "\u001B[31m")) {
			assertThatThrownBy(() -> PrintableText.check("x" + bad, "title", Kind.LINE))
				.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(bad.substring(0, 1)));
		}
	}

	@Test
	void anExcerptWritesRefusedCharactersAsCodePoints() {
		assertThat(Checks.excerpt("K\u0000Z\u202E\n\uD800")).isEqualTo("'K<U+0000>Z<U+202E><U+000A><U+D800>'");
		assertThat(PrintableText.escaped("Қазақ 🎭")).isEqualTo("Қазақ 🎭");
		// Cut after 40 characters, never between the halves of a pair.
		assertThat(Checks.excerpt("x".repeat(39) + "🎭🎭")).isEqualTo("'" + "x".repeat(39) + "🎭...' (43 characters)");
	}

	@Test
	void checksKnowLinesFromFreeText() {
		assertThat(Checks.optionalText("  first\n\tsecond  ", "note")).isEqualTo("first\n\tsecond");
		assertThat(Checks.optionalLine("  Almaty \n", "city")).isEqualTo("Almaty");
		assertThatThrownBy(() -> Checks.requiredLine("Alma\nty", "city")).isInstanceOf(InvalidValueException.class)
			.hasMessageStartingWith("city is a single line");
		assertThatThrownBy(() -> Checks.requiredText("a\u0000b", "reason")).isInstanceOf(InvalidValueException.class)
			.hasMessageStartingWith("reason contains the control character U+0000");
		assertThatThrownBy(() -> Checks.optionalLine("a\u202Eb", "email", 254))
			.hasMessageStartingWith("email contains the bidirectional control U+202E");
	}

	@Test
	void aLocalizedTextIsFreeTextAndItsRefusalNamesTheLanguage() {
		assertThat(new LocalizedText("бірінші\nекінші", null, null).kk()).isEqualTo("бірінші\nекінші");
		assertThatThrownBy(() -> new LocalizedText(null, null, "a\u0000b")).isInstanceOf(InvalidValueException.class)
			.hasMessage(
					"English text contains the control character U+0000 (character 2), which the tracker does not store")
			.extracting((ex) -> ((InvalidValueException) ex).part())
			.isEqualTo("en");
		assertThatThrownBy(() -> new LocalizedText("\u2067", null, null))
			.extracting((ex) -> ((InvalidValueException) ex).part())
			.isEqualTo("kk");
	}

	@Test
	void aTitleIsOneLineInEachLanguage() {
		LocalizedText twoLines = new LocalizedText(null, "Первая\nвторая", "One line");
		assertThatThrownBy(() -> Checks.title(twoLines, "title")).isInstanceOf(InvalidValueException.class)
			.hasMessage("title.ru is a single line and may not contain the line break U+000A (character 7)");
		assertThat(Checks.title(new LocalizedText("Күнтізбе", "Календарь", "Calendar"), "title").en())
			.isEqualTo("Calendar");
	}

	@Test
	void valueTypesThatHoldTextFollowTheRule() {
		assertThatThrownBy(() -> new Party(Country.KZ, PartyRole.MEMBER, "A.\u0000Minister"))
			.hasMessageStartingWith("designated signatory contains the control character U+0000");
		assertThatThrownBy(() -> new Nominee("Name", "Head\nof unit"))
			.hasMessageStartingWith("position is a single line");
		assertThatThrownBy(() -> new CreatorContact("a\u202E@example.org", null))
			.hasMessageStartingWith("email contains the bidirectional control U+202E");
		assertThatThrownBy(() -> EvidenceLink.of("https://example.org/\u202Efdp.exe"))
			.hasMessageStartingWith("evidence link contains the bidirectional control U+202E");
		assertThatThrownBy(() -> EvidenceLink.of("https://example.org/\u0085"))
			.hasMessageStartingWith("evidence link contains the control character U+0085");
		assertThatThrownBy(() -> new Sha256("\u0000".repeat(64)))
			.hasMessageStartingWith("SHA-256 contains the control character U+0000 (character 1)");
		assertThatThrownBy(() -> new Sha256("9f86 d081")).hasMessageContaining("'9f86 d081'");
		assertThatThrownBy(() -> Caller.of("secretariat\u2066", Role.SECRETARIAT))
			.hasMessageStartingWith("user name contains the bidirectional control U+2066");
		assertThatThrownBy(() -> Country.fromCode("K\u0000Z")).hasMessageContaining("'K<U+0000>Z'");
	}

	private static void assertRefused(String text, Kind kind, String message) {
		String field = (kind == Kind.LINE) ? "title" : "note";
		assertThatThrownBy(() -> PrintableText.check(text, field, kind)).as(PrintableText.escaped(text) + " " + kind)
			.isInstanceOf(InvalidValueException.class)
			.hasMessageStartingWith(field + " ")
			.hasMessageContaining(message);
	}

	private static String hex(int c) {
		return String.format("U+%04X", c);
	}

}
