/** Why an aggregate refuses a command; the web layer turns each kind into its own 4xx. */
package org.cooperation.tracker.command.refusal;
