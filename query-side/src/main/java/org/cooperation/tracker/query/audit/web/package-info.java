/** The auditors' REST API over the stored event history. */
package org.cooperation.tracker.query.audit.web;
