package org.cooperation.tracker.command.imports;

import org.cooperation.tracker.kernel.common.Phrase;

/**
 * What is wrong with a line of an uploaded file: the line (1 is the header), the column
 * (null for the line as a whole) and why.
 */
record LineError(int line, String column, Phrase why) {
}
