/** The Cultural Tour's REST API, pages and CSV downloads. */
package org.cooperation.tracker.query.programme.culturaltour.web;
