/**
 * CSV files as people exchange them with spreadsheets: the rule for cells a spreadsheet
 * would run as a formula.
 */
package org.cooperation.tracker.access.csv;
