/**
 * The query side of the tracker: read models fed by Axon tracking processors, their REST
 * API and the officials' dashboard.
 */
package org.cooperation.tracker.query;
