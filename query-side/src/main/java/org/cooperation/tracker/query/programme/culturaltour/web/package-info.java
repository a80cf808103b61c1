/** The Cultural Tour's REST API and pages. */
package org.cooperation.tracker.query.programme.culturaltour.web;
