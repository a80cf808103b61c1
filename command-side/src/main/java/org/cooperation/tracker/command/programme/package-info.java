/** Programme records: each initiative kind's own aggregates and their REST APIs. */
package org.cooperation.tracker.command.programme;
