package org.cooperation.tracker.command.web;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.country.Country;

/** Small conversions and answers shared by the command side's controllers. */
public final class Requests {

	private Requests() {
	}

	/**
	 * Evidence given as plain address strings, each checked as an {@link EvidenceLink}.
	 */
	public static List<EvidenceLink> evidence(List<String> urls) {
		if (urls == null) {
			return List.of();
		}
		EvidenceLink.checkCount(urls.size());
		return urls.stream().map(EvidenceLink::of).toList();
	}

	/**
	 * Countries given as alpha-2 codes, each at most once: a list of participants or of
	 * attending countries.
	 * @param one how a refusal names one of them, as in "participant KZ is listed twice"
	 * @param many how it names them all, as in "at most 10 participants"
	 */
	public static Set<Country> distinctCountries(List<String> codes, String one, String many) {
		if (codes.size() > Country.COUNT) {
			throw new InvalidValueException("at most " + Country.COUNT + " " + many);
		}
		Set<Country> countries = EnumSet.noneOf(Country.class);
		for (String code : codes) {
			if (!countries.add(Country.fromCode(code))) {
				throw new InvalidValueException(one + " " + code + " is listed twice");
			}
		}
		return countries;
	}

	/**
	 * The country a body must name, by its alpha-2 code; naming none is refused as
	 * "{@code field} is required".
	 */
	public static Country country(String code, String field) {
		return Country.fromCode(Checks.required(code, field));
	}

	/** 201 Created, with the new record's path as its Location. */
	public static <T> ResponseEntity<T> created(String location, T body) {
		return ResponseEntity.created(URI.create(location)).body(body);
	}

}
