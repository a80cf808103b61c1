/**
 * How far each projection has come, whether it is failing, and whether the application is
 * ready to serve: for operators, probes and metrics.
 */
package org.cooperation.tracker.query.health;
