package dev.pvedash.inventory;

import org.springframework.stereotype.Component;

import dev.pvedash.system.CommittedWrites;

/**
 * The committed writes of hosts, storages and guests, shared by {@link InventoryWriter}
 * (which moves it) and {@link StoredInventory} (which keeps its mapping until it moves).
 */
@Component
class InventoryVersion {

	private final CommittedWrites writes = new CommittedWrites();

	long current() {
		return this.writes.current();
	}

	void written() {
		this.writes.written();
	}

}
