package org.cooperation.tracker.query.common;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * When an event was recorded and its {@link Provenance}, stored as the six columns
 * {@code recorded_at}, {@code actor}, {@code actor_role}, {@code actor_country},
 * {@code correlation_id} and {@code sample} that every read model keeping one row per
 * event carries.
 */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RecordedBy {

	private Instant recordedAt;

	/** Who acted, or null when the event does not say. */
	private String actor;

	private String actorRole;

	private String actorCountry;

	private String correlationId;

	/** True when the demo data loader wrote the event. */
	private boolean sample;

	private RecordedBy(Instant recordedAt, Provenance provenance) {
		this.recordedAt = recordedAt;
		this.actor = provenance.actor();
		this.actorRole = provenance.actorRole();
		this.actorCountry = provenance.actorCountry();
		this.correlationId = provenance.correlationId();
		this.sample = provenance.sample();
	}

	/** The columns for an event recorded at {@code recordedAt} with this provenance. */
	public static RecordedBy of(Instant recordedAt, Provenance provenance) {
		return new RecordedBy(recordedAt, provenance);
	}

	/** The columns for this event. */
	public static RecordedBy of(Recorded recorded) {
		return new RecordedBy(recorded.at(), recorded.provenance());
	}

}
