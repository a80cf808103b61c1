/**
 * The Cultural Tour platform's published language: yearly programme editions with their
 * legs, and archival films with their digitisation state and rights.
 */
package org.cooperation.tracker.kernel.programme.culturaltour;
