/**
 * Pieces every read model shares: multilingual text columns and the provenance an event's
 * metadata carries.
 */
package org.cooperation.tracker.query.common;
