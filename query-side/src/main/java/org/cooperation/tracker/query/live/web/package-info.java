/** The server-sent event stream that open dashboard pages follow. */
package org.cooperation.tracker.query.live.web;
