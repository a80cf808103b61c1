/**
 * The "brand-working-group" read model: each working group with its members, meetings,
 * concept drafts and every country's position on each draft, projected by
 * {@link WorkingGroupProjection}, and its figures for the status matrix.
 */
package org.cooperation.tracker.query.programme.brand.model;
