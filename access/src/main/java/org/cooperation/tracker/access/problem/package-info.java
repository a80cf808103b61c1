/**
 * Answers written outside controllers (sign-in failures, refused requests, container
 * errors) as RFC 9457 problem+json, and the correlation id every answer carries.
 */
package org.cooperation.tracker.access.problem;
