package org.cooperation.tracker.benchmark;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One liaison's record as a careful client keeps it: the version it last saw, sent as
 * If-Match with every write (README, "Optimistic concurrency"), and its country's status,
 * which it moves between PREPARING and SUSPENDED between progress reports. One client
 * writes one record at a time.
 */
final class LiaisonRecord {

	final UUID initiative;

	final String country;

	private final Function<UUID, Long> currentVersion;

	private long version;

	private boolean suspended;

	private boolean statusNext;

	private int percent;

	LiaisonRecord(UUID initiative, String country, long version, Function<UUID, Long> currentVersion) {
		this.initiative = initiative;
		this.country = country;
		this.version = version;
		this.currentVersion = currentVersion;
	}

	/** The version the record is at after this client's last successful write. */
	synchronized long version() {
		return version;
	}

	/** The next write: a progress report or a status change, in turn. */
	synchronized TrackerApi.Answer writeNext(TrackerApi api) {
		boolean status = statusNext;
		statusNext = !statusNext;
		return status ? changeStatus(api) : reportProgress(api);
	}

	synchronized TrackerApi.Answer reportProgress(TrackerApi api) {
		percent = (percent % 100) + 1;
		return settle(
				api.write("POST", "/api/initiatives/" + initiative + "/countries/" + country + "/progress-reports",
						History.liaison(country), Map.of("percent", percent, "note", "Benchmark report"), version),
				false);
	}

	private TrackerApi.Answer changeStatus(TrackerApi api) {
		String to = suspended ? "PREPARING" : "SUSPENDED";
		return settle(api.write("PUT", "/api/initiatives/" + initiative + "/countries/" + country + "/status",
				History.liaison(country), Map.of("status", to, "effectiveOn",
						LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), "note", "Benchmark move"),
				version), true);
	}

	private TrackerApi.Answer settle(TrackerApi.Answer answer, boolean statusChange) {
		if (answer.ok()) {
			version++;
			if (statusChange) {
				suspended = !suspended;
			}
		}
		else if (answer.status() == 412 || answer.status() == 409) {
			// Someone else wrote the record, or its status is not what this client
			// believed:
			// read it again, as a client told so would.
			version = currentVersion.apply(initiative);
			if (statusChange && answer.status() == 409) {
				suspended = !suspended;
			}
		}
		return answer;
	}

}
