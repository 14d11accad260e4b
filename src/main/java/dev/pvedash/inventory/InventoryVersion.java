package dev.pvedash.inventory;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the committed writes of hosts, storages and guests. The stored inventory changes
 * once per poll cycle while every open page reads it every few seconds, so
 * {@link StoredInventory} keeps what it mapped until this number moves (docs/polling.md,
 * "Reading what was stored").
 */
@Component
class InventoryVersion {

	private final AtomicLong value = new AtomicLong();

	long current() {
		return this.value.get();
	}

	/**
	 * Moves the number once the write is visible to other connections: after the
	 * surrounding transaction completes, or at once for a write that committed on its
	 * own. Moving it also on rollback only costs one extra read.
	 */
	void written() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					InventoryVersion.this.value.incrementAndGet();
				}
			});
		}
		else {
			this.value.incrementAndGet();
		}
	}

}
