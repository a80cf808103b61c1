package org.cooperation.tracker.kernel.country;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.Sha256;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patterns and counts the OpenAPI documents publish admit what the checks accept, and
 * nothing they refuse.
 */
class RequestPatternsTest {

	@Test
	void countIsTheNumberOfCountries() {
		assertThat(Country.COUNT).isEqualTo(Country.values().length);
	}

	@Test
	void theCountryCodePatternAdmitsExactlyTheCodesFromCodeReads() {
		Pattern pattern = Pattern.compile(Country.CODE_PATTERN);
		for (char first = 'A'; first <= 'z'; first++) {
			for (char second = 'A'; second <= 'z'; second++) {
				for (String code : List.of("" + first + second, " " + first + second + " ")) {
					assertThat(pattern.matcher(code).matches()).as(code).isEqualTo(reads(code));
				}
			}
		}
		assertThat(pattern.matcher("KZZ").matches()).isFalse();
		assertThat(pattern.matcher("").matches()).isFalse();
	}

	@Test
	void theSha256PatternAdmitsExactlyTheDigestsSha256Reads() {
		String digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
		Pattern pattern = Pattern.compile(Sha256.REQUEST_PATTERN);
		for (String hex : List.of(digest, digest.toUpperCase(), " " + digest + " ", digest.substring(1), digest + "0",
				digest.substring(1) + "g", "")) {
			assertThat(pattern.matcher(hex).matches()).as(hex).isEqualTo(readsDigest(hex));
		}
	}

	private static boolean reads(String code) {
		try {
			Country.fromCode(code);
			return true;
		}
		catch (InvalidValueException ex) {
			return false;
		}
	}

	private static boolean readsDigest(String hex) {
		try {
			new Sha256(hex);
			return true;
		}
		catch (InvalidValueException ex) {
			return false;
		}
	}

}
