/**
 * The command side: aggregates that decide, the REST API that asks them, the event store
 * writer.
 */
package org.cooperation.tracker.command;
