/**
 * The two ways to sign in, chosen by configuration: built-in users with BCrypt-hashed
 * passwords, or JWTs from a ministry's own identity provider.
 */
package org.cooperation.tracker.access.signin;
