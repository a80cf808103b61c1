/**
 * The demo data set: the Tashkent protocol as the source states it, and clearly marked
 * sample progress.
 */
package org.cooperation.tracker.command.demo;
