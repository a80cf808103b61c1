/**
 * What both applications' OpenAPI documents share: how to sign in, the problems every
 * operation may answer, the real statuses and media types, and which fields may be null.
 */
package org.cooperation.tracker.access.api;
