package org.cooperation.tracker.command.web;

import java.util.List;

import org.cooperation.tracker.kernel.common.EvidenceLink;

/** Small conversions shared by the request bodies of both features. */
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

}
