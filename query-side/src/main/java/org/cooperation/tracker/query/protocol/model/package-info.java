/**
 * The "protocols" read model: each protocol with its party list, the signatures recorded
 * and the directions agreed, projected by {@link ProtocolsProjection}.
 */
package org.cooperation.tracker.query.protocol.model;
