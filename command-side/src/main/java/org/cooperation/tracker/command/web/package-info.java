/**
 * What every request shares: error answers (saying what in a body was wrong) and request
 * metadata on commands. The limits on what a request may carry are the access module's.
 */
package org.cooperation.tracker.command.web;
