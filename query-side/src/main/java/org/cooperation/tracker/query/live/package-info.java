/**
 * Live pages: each committed batch of a read model announces, through PostgreSQL's
 * NOTIFY, which initiatives and countries it touched; every query-side instance listens
 * and tells its open pages over server-sent events, so that a page follows a change
 * whichever instance projected it.
 */
package org.cooperation.tracker.query.live;
