/**
 * Pieces every feature shares: multilingual text columns, the provenance an event's
 * metadata carries, the versioned answer of one record and the not-found failure.
 */
package org.cooperation.tracker.query.common;
