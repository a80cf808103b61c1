/**
 * Web plumbing every feature's API and pages share: problem details, paging, version
 * ETags, OpenAPI, CSV downloads, the page helpers and the page error handler. The
 * endpoints and pages themselves live in each feature's {@code web} package.
 */
package org.cooperation.tracker.query.web;
