/**
 * What officials read of the Cultural Tour platform: programme editions with legs by host
 * country, archival films, and each country's digitisation counts.
 */
package org.cooperation.tracker.query.programme.culturaltour;
