/**
 * Exchange of copies of archival materials between the parties, one copy per ordered pair
 * of countries (holder to receiver), from offer or request to confirmed receipt.
 */
package org.cooperation.tracker.kernel.programme.archive;
