/**
 * End-to-end tests: both applications running on one PostgreSQL, driven over HTTP only.
 */
package org.cooperation.tracker.query.e2e;
