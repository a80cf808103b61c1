/**
 * Reads initiatives: the list, one initiative with its history and reports, the status
 * matrix, and one country across initiatives.
 */
package org.cooperation.tracker.query.initiative;
