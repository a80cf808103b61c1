package org.cooperation.tracker.query.overview.model;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cooperation.tracker.kernel.initiative.ParticipationStatus;

import org.springframework.stereotype.Repository;

/**
 * The overview's figures, each read by one statement over the other read models' tables,
 * aggregated in the database where the figure is an aggregate: four statements whatever
 * the number of initiatives or of history entries.
 */
@Repository
public class OverviewFigures {

	@PersistenceContext
	private EntityManager entityManager;

	/**
	 * Every initiative's participants' statuses, one row per participant (an initiative
	 * without participants has one row with a null status), each marked sample when the
	 * initiative was proposed in demo data or the status was set by demo data.
	 */
	public List<ParticipantStatus> participantStatuses() {
		return entityManager
			.createQuery(
					"""
							SELECT new org.cooperation.tracker.query.overview.model.ParticipantStatus(
							    i.initiativeId, CASE WHEN i.sample = true OR p.statusSample = true THEN true ELSE false END, p.status)
							FROM InitiativeRow i LEFT JOIN ParticipantRow p ON p.initiativeId = i.initiativeId""",
					ParticipantStatus.class)
			.getResultList();
	}

	/**
	 * Per country with any participation: its participations not declined, the average of
	 * their latest reported percent (one without a report counts as 0), how many have
	 * reported, how many of the figures shown come from demo data, and when its last
	 * change was recorded.
	 */
	public List<CountryTotals> countryTotals() {
		return entityManager.createQuery("""
				SELECT new org.cooperation.tracker.query.overview.model.CountryTotals(
				    p.country,
				    count(p) FILTER (WHERE p.status <> :declined),
				    avg(coalesce(p.percent, 0)) FILTER (WHERE p.status <> :declined),
				    count(p.percent) FILTER (WHERE p.status <> :declined),
				    count(p) FILTER (WHERE p.status <> :declined
				        AND (p.statusSample = true OR (p.percent IS NOT NULL AND p.percentSample = true))),
				    max(p.lastRecordedAt))
				FROM ParticipantRow p
				GROUP BY p.country""", CountryTotals.class)
			.setParameter("declined", ParticipationStatus.DECLINED)
			.getResultList();
	}

	/** The history's entries recorded from {@code from} (inclusive) to {@code to}. */
	public RecordedCount recordedBetween(Instant from, Instant to) {
		return entityManager.createQuery("""
				SELECT new org.cooperation.tracker.query.overview.model.RecordedCount(
				    count(h), count(h) FILTER (WHERE h.recordedBy.sample = true))
				FROM HistoryEntryRow h
				WHERE h.recordedBy.recordedAt >= :from AND h.recordedBy.recordedAt < :to""", RecordedCount.class)
			.setParameter("from", from)
			.setParameter("to", to)
			.getSingleResult();
	}

	/** The latest history entries, newest first, each with its initiative. */
	public List<EntryOfInitiative> latestChanges(int count) {
		return entityManager.createQuery("""
				SELECT new org.cooperation.tracker.query.overview.model.EntryOfInitiative(h, i)
				FROM HistoryEntryRow h JOIN InitiativeRow i ON i.initiativeId = h.initiativeId
				ORDER BY h.recordedBy.recordedAt DESC, h.aggregateSequence DESC, h.country""", EntryOfInitiative.class)
			.setMaxResults(count)
			.getResultList();
	}

}
