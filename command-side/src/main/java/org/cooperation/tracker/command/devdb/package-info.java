/**
 * The embedded PostgreSQL server of the default run, for machines with only a JDK and
 * Maven.
 */
package org.cooperation.tracker.command.devdb;
