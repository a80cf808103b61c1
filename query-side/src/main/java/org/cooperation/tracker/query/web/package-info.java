/** The query side's web layer: the REST API and the officials' dashboard pages. */
package org.cooperation.tracker.query.web;
