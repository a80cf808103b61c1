/**
 * The initiatives' and countries' REST API and dashboard pages, the status matrix
 * included.
 */
package org.cooperation.tracker.query.initiative.web;
