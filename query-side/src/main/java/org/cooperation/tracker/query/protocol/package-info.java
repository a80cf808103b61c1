/**
 * Reads protocols: their parties, signatures and directions, and the initiatives serving
 * each direction.
 */
package org.cooperation.tracker.query.protocol;
