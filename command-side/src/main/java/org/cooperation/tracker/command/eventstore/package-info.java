/**
 * How events are appended to PostgreSQL: commit-ordered positions and duplicate
 * detection.
 */
package org.cooperation.tracker.command.eventstore;
