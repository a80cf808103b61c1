/**
 * Replay for people and programs: the REST API ({@code /api/replays}) and the dashboard's
 * replay page with its progress bar, both for auditors and admins.
 */
package org.cooperation.tracker.query.replay.web;
