/**
 * Bulk imports of a country's records from a CSV file: a documented template per kind,
 * every line checked before any is applied, the lines applied in one transaction, and the
 * same file uploaded again recording nothing twice.
 */
package org.cooperation.tracker.command.imports;
