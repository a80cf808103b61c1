/**
 * Who may call the tracker's two applications: sign-in (built-in users or an identity
 * provider's tokens), the caller's role and country, and the guards every request passes.
 */
package org.cooperation.tracker.access;
