/**
 * The creative-industries marketplace: the {@link CreatorListing} aggregate, the store of
 * creators' contact details (personal data, erasable, never in an event) and the command
 * API.
 */
package org.cooperation.tracker.command.programme.marketplace;
