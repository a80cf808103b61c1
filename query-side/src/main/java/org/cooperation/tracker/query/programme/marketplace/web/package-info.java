/** The marketplace's REST API and pages. */
package org.cooperation.tracker.query.programme.marketplace.web;
