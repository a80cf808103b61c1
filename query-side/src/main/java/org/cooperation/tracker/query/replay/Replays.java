package org.cooperation.tracker.query.replay;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;

/**
 * Starts replays and tells how they stand. A replay runs on a thread of its own, one at a
 * time across all instances ({@link ReplayLock}); its record ({@link ReplayRuns}) is what
 * every instance shows.
 */
@Service
public class Replays implements DisposableBean {

	private final ReplayableProjections projections;

	private final ReplayLock lock;

	private final ReplayRuns runs;

	private final ReplayJob job;

	private final Clock clock = Clock.systemUTC();

	private final ExecutorService thread = Executors.newSingleThreadExecutor((work) -> {
		Thread replay = new Thread(work, "replay");
		replay.setDaemon(true);
		return replay;
	});

	Replays(ReplayableProjections projections, ReplayLock lock, ReplayRuns runs, ReplayJob job) {
		this.projections = projections;
		this.lock = lock;
		this.runs = runs;
		this.job = job;
	}

	/**
	 * Starts rebuilding the read models named (all when none), beside the live ones.
	 * @param switchOver whether the rebuilt read models replace the live ones at the end,
	 * or are only compared with them
	 * @throws org.cooperation.tracker.kernel.common.InvalidValueException for an unknown
	 * read model
	 * @throws ReplayAlreadyRunning while another replay runs
	 */
	public ReplayRun start(List<String> processors, boolean switchOver, String requestedBy) {
		List<ReplayableProjection> chosen = projections.named(processors);
		ReplayLock.Held held = acquire();
		try {
			runs.abandoned(clock.instant());
			long head = job.head();
			ReplayRun run = new ReplayRun(UUID.randomUUID(),
					chosen.stream().map(ReplayableProjection::processor).toList(), switchOver, ReplayState.BUILDING,
					requestedBy, clock.instant(), null, head, job.eventsBetween(-1, head), 0, null, null, null);
			runs.insert(run);
			thread.execute(() -> {
				Consumer<ReplayRuns> lastWord = (record) -> record.failed(run.replayId(),
						"stopped: the replay ended unexpectedly", clock.instant());
				try {
					lastWord = job.run(run, chosen);
				}
				finally {
					Consumer<ReplayRuns> written = lastWord;
					held.releaseAfter((jdbc) -> written.accept(runs.on(jdbc)));
				}
			});
			return run;
		}
		catch (RuntimeException ex) {
			held.close();
			if (ex instanceof RejectedExecutionException) {
				throw new IllegalStateException("the query side is shutting down", ex);
			}
			throw ex;
		}
	}

	public Optional<ReplayRun> find(UUID replayId) {
		return runs.find(replayId);
	}

	public List<ReplayRun> latest(int limit) {
		return runs.latest(limit);
	}

	/** The names of the read models a replay can rebuild. */
	public List<String> processors() {
		return List.copyOf(projections.all().keySet());
	}

	private ReplayLock.Held acquire() {
		ReplayLock.Held held;
		try {
			held = lock.tryAcquire();
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("the replay lock could not be taken", ex);
		}
		if (held == null) {
			throw new ReplayAlreadyRunning();
		}
		return held;
	}

	/**
	 * A replay under way stops with the application: recorded as failed, nothing
	 * switched.
	 */
	@Override
	public void destroy() throws InterruptedException {
		thread.shutdownNow();
		// Long enough to record the replay as failed while the database is still there.
		thread.awaitTermination(10, TimeUnit.SECONDS);
	}

}
