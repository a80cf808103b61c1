/**
 * The status matrix: every initiative by every country, with the figures the programmes
 * contribute.
 */
package org.cooperation.tracker.query.matrix;
