package org.cooperation.tracker.command.imports;

import java.util.UUID;

/**
 * A line of a checked file: its number, the id of the record it makes, and the command
 * that makes it.
 */
record ImportedLine(int number, UUID record, Object command) {
}
