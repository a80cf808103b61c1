/**
 * What officials read: query services that assemble the read models into the shapes the
 * REST API returns and the dashboard renders.
 */
package org.cooperation.tracker.query.views;
