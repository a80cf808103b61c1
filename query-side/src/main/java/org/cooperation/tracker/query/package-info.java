/**
 * The query side of the tracker, cut by feature as the command side is: each feature
 * holds its read model ({@code model}), query services and views, and REST API and pages
 * ({@code web}). Read models are fed by Axon tracking processors.
 */
package org.cooperation.tracker.query;
