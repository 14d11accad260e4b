package dev.pvedash.system;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the committed writes of one store, so that what pages derive from it can be kept
 * until the number moves: the poller writes every few seconds while every open page reads
 * as often (docs/polling.md, "Reading what was stored"). A reader takes the number before
 * it reads; a write that commits meanwhile moves it again, so nothing read before a
 * commit is ever kept under a number from after it.
 */
public final class CommittedWrites {

	private final AtomicLong value = new AtomicLong();

	public long current() {
		return this.value.get();
	}

	/**
	 * Call after a write: moves the number once the write is visible to other
	 * connections, after the surrounding transaction completes, or at once for a write
	 * that committed on its own. Moving it also on rollback only costs one extra read.
	 */
	public void written() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					CommittedWrites.this.value.incrementAndGet();
				}
			});
		}
		else {
			this.value.incrementAndGet();
		}
	}

}
