/**
 * What every request shares: error answers, correlation ids, request metadata on
 * commands, size limits.
 */
package org.cooperation.tracker.command.web;
