/**
 * What the command side's probes say about the database.
 */
package org.cooperation.tracker.command.health;
