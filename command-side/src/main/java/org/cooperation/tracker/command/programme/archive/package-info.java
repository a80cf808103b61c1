/**
 * Exchange of archival copies: the {@link ArchiveCopy} aggregate, one per copy between an
 * ordered pair of countries, and its command API.
 */
package org.cooperation.tracker.command.programme.archive;
