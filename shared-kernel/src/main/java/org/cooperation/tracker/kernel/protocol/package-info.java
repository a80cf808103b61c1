/**
 * Protocols of a meeting: their parties, signatures and agreed directions of cooperation.
 */
package org.cooperation.tracker.kernel.protocol;
