package org.qunfang.patrol.schedule;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where schedules wait for the solver: a few background threads ({@code qunfang.patrol.solver.workers},
 * default one, so planning never takes every core from the people using the application). A schedule is
 * queued only after the transaction that stored it commits; one left unsolved by a stop is queued again at
 * start ({@link Schedules#resumeSolving}).
 */
@Component
class SolverQueue implements DisposableBean {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SolverQueue.class);

	private final ExecutorService workers;

	SolverQueue(@Value("${qunfang.patrol.solver.workers:1}") int workers) {
		AtomicInteger serial = new AtomicInteger();
		this.workers = Executors.newFixedThreadPool(Math.max(1, workers), task -> {
			Thread thread = new Thread(task, "schedule-solver-" + serial.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Runs the work in the background once the current transaction commits (at once when there is none). */
	void afterCommit(Runnable work) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					submit(work);
				}
			});
		}
		else {
			submit(work);
		}
	}

	/** Runs the work in the background. */
	void submit(Runnable work) {
		workers.execute(() -> {
			try {
				work.run();
			}
			catch (RuntimeException failed) {
				log.error("Solving a schedule failed", failed);
			}
		});
	}

	@Override
	public void destroy() {
		workers.shutdownNow();
	}
}
