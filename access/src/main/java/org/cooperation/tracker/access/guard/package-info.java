/** Guards every request passes: a per-user rate limit and closed CORS. */
package org.cooperation.tracker.access.guard;
