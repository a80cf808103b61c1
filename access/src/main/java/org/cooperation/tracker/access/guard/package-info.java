/**
 * Guards every request passes: a per-user rate limit and a throttle on refused sign-ins,
 * both kept in PostgreSQL for every instance, and closed CORS.
 */
package org.cooperation.tracker.access.guard;
