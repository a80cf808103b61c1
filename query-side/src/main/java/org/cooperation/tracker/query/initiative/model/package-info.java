/**
 * The "initiatives" read model: each initiative and where every participating country
 * stands on it, projected by {@link InitiativesProjection}.
 */
package org.cooperation.tracker.query.initiative.model;
