/**
 * The "marketplace" read model: creator listings as they stand and each listing's steps,
 * projected by {@link MarketplaceProjection}, and the listings verified per country for
 * the status matrix. It holds no contact details: the events carry none.
 */
package org.cooperation.tracker.query.programme.marketplace.model;
