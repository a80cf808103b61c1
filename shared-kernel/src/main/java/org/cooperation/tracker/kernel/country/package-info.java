/** The countries the tracker knows and the role a country holds at one meeting. */
package org.cooperation.tracker.kernel.country;
