/**
 * What the five initiative kinds' own records contribute to shared views such as the
 * status matrix.
 */
package org.cooperation.tracker.query.programme;
