/** The archive exchange's REST API and pages. */
package org.cooperation.tracker.query.programme.archive.web;
