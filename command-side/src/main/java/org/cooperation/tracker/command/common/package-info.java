/**
 * Plumbing every kind of record shares: looking up another record's facts, the date
 * rules.
 */
package org.cooperation.tracker.command.common;
