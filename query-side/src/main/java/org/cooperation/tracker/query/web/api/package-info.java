/**
 * The query REST API under {@code /api}, documented by OpenAPI, with RFC 9457 problem
 * details for every error.
 */
package org.cooperation.tracker.query.web.api;
