package org.cooperation.tracker.query.programme.brand;

import java.time.LocalDate;

/**
 * One version of the concept draft.
 *
 * @param version its version number
 * @param title its title
 * @param document the draft and its SHA-256
 * @param submittedOn the day it was put forward
 * @param latest true for the latest version; every other is superseded
 * @param sample true when it is demo data
 */
public record DraftView(int version, String title, DocumentView document, LocalDate submittedOn, boolean latest,
		boolean sample) {

}
