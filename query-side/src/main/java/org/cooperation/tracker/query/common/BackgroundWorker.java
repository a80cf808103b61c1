package org.cooperation.tracker.query.common;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.context.SmartLifecycle;

/**
 * Work that runs on a thread of its own for as long as the application does (listening
 * for notifications, sealing the history): started and stopped with the application
 * context, a daemon so that it never holds the JVM open, and woken from any pause the
 * moment it is stopped.
 */
public abstract class BackgroundWorker implements SmartLifecycle {

	private final String threadName;

	private final long stopWaitMillis;

	private volatile boolean running;

	private volatile CountDownLatch stopSignal = new CountDownLatch(0);

	private Thread thread;

	/**
	 * @param threadName the thread's name, as thread dumps show it
	 * @param stopWaitMillis how long a stop waits for the work to end before interrupting
	 * it
	 */
	protected BackgroundWorker(String threadName, long stopWaitMillis) {
		this.threadName = threadName;
		this.stopWaitMillis = stopWaitMillis;
	}

	/** The work: runs until {@link #isRunning()} turns false. */
	protected abstract void work();

	@Override
	public synchronized void start() {
		if (running) {
			return;
		}
		running = true;
		stopSignal = new CountDownLatch(1);
		thread = new Thread(this::work, threadName);
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public synchronized void stop() {
		if (!running) {
			return;
		}
		running = false;
		stopSignal.countDown();
		try {
			thread.join(stopWaitMillis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (thread.isAlive()) {
			thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Waits, unless stopped meanwhile. */
	protected void pause(long millis) {
		try {
			stopSignal.await(millis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

}
