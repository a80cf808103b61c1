/**
 * Programme records: what each kind of initiative keeps of its own work, one sub-package
 * per kind.
 */
package org.cooperation.tracker.kernel.programme;
