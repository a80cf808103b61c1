/** The participation history as the initiative views show it. */
package org.cooperation.tracker.query.history;
