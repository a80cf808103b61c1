/** The initiative aggregate, the rules of participation status, and its REST API. */
package org.cooperation.tracker.command.initiative;
