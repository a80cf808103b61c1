/**
 * The secretariat's desk: what awaits its decision across every initiative, and the forms
 * of the records only it keeps (protocols, their signatures and directions, and the
 * initiatives proposed under them).
 */
package org.cooperation.tracker.query.secretariat;
