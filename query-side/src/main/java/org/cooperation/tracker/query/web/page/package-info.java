/**
 * Server-rendered dashboard pages for officials: the status matrix, one initiative, one
 * country. Self-contained: no external styles, scripts or fonts.
 */
package org.cooperation.tracker.query.web.page;
