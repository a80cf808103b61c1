/**
 * The three languages of the tracker (Kazakh, the default; Russian; English): which one a
 * request is answered in, and the message bundles every text comes from.
 */
package org.cooperation.tracker.access.language;
