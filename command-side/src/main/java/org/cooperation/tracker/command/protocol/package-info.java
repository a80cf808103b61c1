/**
 * The protocol aggregate and its REST API: parties, signatures, directions of
 * cooperation.
 */
package org.cooperation.tracker.command.protocol;
