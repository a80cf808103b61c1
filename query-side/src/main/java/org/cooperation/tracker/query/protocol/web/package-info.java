/** The protocols' REST API. */
package org.cooperation.tracker.query.protocol.web;
