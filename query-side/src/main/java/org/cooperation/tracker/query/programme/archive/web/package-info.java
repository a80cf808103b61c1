/** The archive exchange's REST API, pages and CSV downloads. */
package org.cooperation.tracker.query.programme.archive.web;
