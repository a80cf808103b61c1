/**
 * Reads the creative-industries marketplace: listings by country and craft with their
 * counts, and one listing with its history. Contact details are not here; they are served
 * by the command side only.
 */
package org.cooperation.tracker.query.programme.marketplace;
