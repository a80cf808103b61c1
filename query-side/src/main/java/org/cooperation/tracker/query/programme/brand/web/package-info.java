/** The brand working groups' REST API and pages. */
package org.cooperation.tracker.query.programme.brand.web;
