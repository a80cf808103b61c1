/**
 * The built-in user accounts as a component of their own: their table and its Flyway
 * history, reading them for sign-in, changing them, and telling every running application
 * at once when one changes. Both applications import {@link AccountsConfiguration}; the
 * access module signs in against it and knows nothing of the table.
 */
package org.cooperation.tracker.accounts;
