/**
 * Value types used by every feature: multilingual text, evidence links, event metadata
 * keys.
 */
package org.cooperation.tracker.kernel.common;
