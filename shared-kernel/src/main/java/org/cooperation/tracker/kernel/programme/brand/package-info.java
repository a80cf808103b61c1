/**
 * The working group on "The cultural brand of Central Asia": one group per
 * brand-working-group initiative, its members nominated per country, its meetings, the
 * versions of its concept draft and each country's approval of the latest draft.
 */
package org.cooperation.tracker.kernel.programme.brand;
