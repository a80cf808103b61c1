/**
 * The dashboard's language: chosen on every page, remembered in a cookie, and taken from
 * Accept-Language on a first visit; the API's problems follow Accept-Language.
 */
package org.cooperation.tracker.query.language;
