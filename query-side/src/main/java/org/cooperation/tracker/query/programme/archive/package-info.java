/**
 * Reads the archive exchange: the exchange matrix, the ledger of one ordered pair, one
 * copy, and what waits on each country.
 */
package org.cooperation.tracker.query.programme.archive;
