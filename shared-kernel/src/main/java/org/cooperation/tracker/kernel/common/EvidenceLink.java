package org.cooperation.tracker.kernel.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * A link to evidence of what was done (a decree, a press release, a photo report): an
 * absolute http or https address.
 *
 * @param url the address
 */
public record EvidenceLink(URI url) {

	public static final int MAX_LENGTH = 2048;

	/** Most links one status change or report may carry. */
	public static final int MAX_PER_RECORD = 20;

	public EvidenceLink {
		Checks.required(url, "evidence link");
		// A URI keeps a bidirectional control or a lone surrogate as given; a reader must
		// see the address that is stored.
		PrintableText.check(url.toString(), "evidence link", PrintableText.Kind.LINE);
		String scheme = url.getScheme();
		if (!url.isAbsolute() || scheme == null
				|| !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || url.getHost() == null) {
			throw new InvalidValueException(
					"evidence link " + Checks.excerpt(url.toString()) + " is not an absolute http(s) address");
		}
		if (url.toString().length() > MAX_LENGTH) {
			throw new InvalidValueException("evidence link is longer than " + MAX_LENGTH + " characters");
		}
	}

	/**
	 * The evidence one record carries: none when not given, at most
	 * {@link #MAX_PER_RECORD} links, unmodifiable.
	 */
	public static List<EvidenceLink> perRecord(List<EvidenceLink> links) {
		List<EvidenceLink> copy = (links != null) ? List.copyOf(links) : List.of();
		checkCount(copy.size());
		return copy;
	}

	/** Refuses more than {@link #MAX_PER_RECORD} links, before any is read. */
	public static void checkCount(int links) {
		if (links > MAX_PER_RECORD) {
			throw new InvalidValueException("at most " + MAX_PER_RECORD + " evidence links, not " + links);
		}
	}

	public static EvidenceLink of(String url) {
		Checks.required(url, "evidence link");
		PrintableText.check(url.strip(), "evidence link", PrintableText.Kind.LINE);
		try {
			return new EvidenceLink(new URI(url.strip()));
		}
		catch (URISyntaxException ex) {
			throw new InvalidValueException("evidence link " + Checks.excerpt(url) + " is not a valid address");
		}
	}

}
