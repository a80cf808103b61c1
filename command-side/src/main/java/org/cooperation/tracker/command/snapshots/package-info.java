/**
 * Aggregate snapshots: when a record's state is stored whole, so that a command loads it
 * from the latest snapshot and the few events after it instead of its whole history.
 */
package org.cooperation.tracker.command.snapshots;
