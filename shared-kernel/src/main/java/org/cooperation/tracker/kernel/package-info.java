/**
 * The published language of the tracker: the commands, events and value types that the
 * command side and the query side share, grouped by feature.
 */
package org.cooperation.tracker.kernel;
