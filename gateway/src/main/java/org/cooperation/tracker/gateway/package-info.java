/** The gateway that gives people one origin for both applications. */
package org.cooperation.tracker.gateway;
