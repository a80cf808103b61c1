package org.cooperation.tracker.query.programme.brand;

import java.util.List;

/**
 * The concept's approval state: how many participating countries approve the latest
 * draft, and where each stands.
 *
 * @param latestVersion the latest draft's version, or null before the first draft
 * @param approvals how many countries approve the latest draft
 * @param participants how many countries participate in the initiative
 * @param countries each participant's standing, in the order of the country list
 */
public record ConceptApproval(Integer latestVersion, int approvals, int participants, List<ApprovalView> countries) {

}
