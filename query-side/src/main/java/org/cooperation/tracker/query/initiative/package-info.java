/**
 * Reads initiatives: the list, one initiative with its history and reports, the status
 * matrix, one country across initiatives, and every initiative as an IATI activity.
 */
package org.cooperation.tracker.query.initiative;
