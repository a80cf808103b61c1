/**
 * The five initiative kinds' read models, one feature each, cut as the command side's
 * {@code command.programme} is: {@code model}, query services and views, {@code web}.
 */
package org.cooperation.tracker.query.programme;
