package org.cooperation.tracker.query.initiative.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tracker.iati.*}: who publishes the IATI activity file.
 *
 * @param reportingOrgRef the publisher's IATI organisation identifier
 * ({@code {agency}-{number}}), which also opens every activity's identifier; once
 * activities are published under it, it must not change
 * @param reportingOrgType its IATI OrganisationType code: 10, government
 */
@ConfigurationProperties("tracker.iati")
record IatiPublisher(@DefaultValue("XX-CULTURE-SECRETARIAT") String reportingOrgRef,
		@DefaultValue("10") String reportingOrgType) {

}
