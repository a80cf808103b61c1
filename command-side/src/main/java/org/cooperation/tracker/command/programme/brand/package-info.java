/**
 * The brand working group: one aggregate per brand-working-group initiative holding its
 * members, meetings, concept drafts and approvals, and its REST API.
 */
package org.cooperation.tracker.command.programme.brand;
