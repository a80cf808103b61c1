/**
 * The creative-industries marketplace: creators listed by their country's liaison,
 * verified or delisted by the secretariat. Contact details are personal data and never
 * travel in an event.
 */
package org.cooperation.tracker.kernel.programme.marketplace;
