package org.cooperation.tracker.kernel.programme.brand;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.Sha256;

/**
 * A document kept elsewhere (minutes, a concept draft): where it is and the SHA-256 of
 * its bytes, so a reader can tell the file found at the link is the one recorded.
 *
 * @param link where the document is
 * @param sha256 the digest of its bytes
 */
public record DocumentReference(EvidenceLink link, Sha256 sha256) {

	public DocumentReference {
		Checks.required(link, "document link");
		Checks.required(sha256, "document SHA-256");
	}

}
