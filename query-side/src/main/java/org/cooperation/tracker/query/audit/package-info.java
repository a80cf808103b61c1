/**
 * The event history as stored, for auditors: every event with its metadata, in the order
 * of the store, page by page.
 */
package org.cooperation.tracker.query.audit;
