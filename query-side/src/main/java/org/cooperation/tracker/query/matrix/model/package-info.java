/**
 * The matrix figures port: what the five initiative kinds' own records contribute to
 * shared views such as the status matrix, through {@link MatrixFigures}.
 */
package org.cooperation.tracker.query.matrix.model;
