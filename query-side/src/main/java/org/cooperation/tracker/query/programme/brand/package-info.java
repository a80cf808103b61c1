/**
 * Reads a brand working group: its roster by country, meetings in date order, concept
 * drafts, and each country's approval of the latest draft.
 */
package org.cooperation.tracker.query.programme.brand;
