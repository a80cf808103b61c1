/** The brand working groups' REST API, pages and CSV downloads. */
package org.cooperation.tracker.query.programme.brand.web;
