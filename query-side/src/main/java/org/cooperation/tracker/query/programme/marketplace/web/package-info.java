/** The marketplace's REST API, pages and CSV downloads. */
package org.cooperation.tracker.query.programme.marketplace.web;
