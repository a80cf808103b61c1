/** The overview page at {@code /}, with its map, and its REST answer. */
package org.cooperation.tracker.query.overview.web;
