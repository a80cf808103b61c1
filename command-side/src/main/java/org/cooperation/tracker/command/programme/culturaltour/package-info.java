/**
 * The Cultural Tour platform's records: yearly programme editions with their legs, and
 * archival films with their digitisation and rights, with the rules that bind them and
 * their REST API.
 */
package org.cooperation.tracker.command.programme.culturaltour;
