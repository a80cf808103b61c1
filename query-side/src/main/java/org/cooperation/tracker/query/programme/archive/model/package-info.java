/**
 * The "archive-exchange" read model: each exchanged archival copy as it stands and every
 * step of it in order, projected by {@link ArchiveExchangeProjection}, and the copies
 * received and delivered per country for the status matrix.
 */
package org.cooperation.tracker.query.programme.archive.model;
