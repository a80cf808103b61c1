package org.cooperation.tracker.command.programme.brand;

import java.time.LocalDate;

import org.cooperation.tracker.kernel.common.Sha256;
import org.cooperation.tracker.kernel.programme.brand.DraftVersion;

/**
 * A version of the concept draft, as much as the rules need.
 *
 * @param version its version
 * @param sha256 the digest of its document
 * @param submittedOn the day it was put forward
 */
record Draft(DraftVersion version, Sha256 sha256, LocalDate submittedOn) {

}
