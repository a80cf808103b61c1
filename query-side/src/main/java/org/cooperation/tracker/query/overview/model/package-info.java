/**
 * The overview's aggregate reads over the initiatives' and the participation history's
 * tables; the overview keeps no table of its own.
 */
package org.cooperation.tracker.query.overview.model;
