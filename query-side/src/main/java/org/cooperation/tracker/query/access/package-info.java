/**
 * Who may read what: every signed-in role reads; nobody writes through the query side.
 */
package org.cooperation.tracker.query.access;
