/**
 * Read models of the Cultural Tour platform: programme editions with their legs, and
 * archival films with their digitisation, rights and history; and the figures they give
 * the status matrix.
 */
package org.cooperation.tracker.query.programme.culturaltour.model;
