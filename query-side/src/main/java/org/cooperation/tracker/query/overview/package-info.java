/**
 * Reads the overview, the officials' landing page: initiatives by overall status, each
 * country's average progress, the changes recorded this month and the latest ones, all in
 * a fixed number of statements whatever the number of initiatives.
 */
package org.cooperation.tracker.query.overview;
