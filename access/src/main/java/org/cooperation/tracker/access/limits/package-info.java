/**
 * Caps on what a request may carry (body size, JSON depth and token sizes, plausible
 * dates, query-string size), each answered 400 or 413 problem+json before any work is
 * done.
 */
package org.cooperation.tracker.access.limits;
