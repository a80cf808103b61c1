/**
 * Initiatives under a protocol and each participating country's status and progress on
 * them.
 */
package org.cooperation.tracker.kernel.initiative;
