package dev.pvedash.guests;

import java.time.Instant;
import java.util.List;

import dev.pvedash.inventory.GuestDetail;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.support.FakeInventory;

/**
 * Puts one guest into the slice's inventory, in the state the test needs (which may be
 * stale on purpose).
 */
final class InventoryGuests {

	private InventoryGuests() {
	}

	static GuestView guest(int vmid, String type, String name, String status, String tags) {
		return new GuestView(vmid, FakeInventory.type(type), "pve", name, FakeInventory.state(status), null, 2, null,
				null, null, (tags == null) ? List.of() : List.of(tags.split(";")), null, false, Instant.now());
	}

	static synchronized void put(FakeInventory inventory, GuestView guest) {
		inventory.guests.removeIf(detail -> detail.guest().vmid() == guest.vmid());
		inventory.guests.add(new GuestDetail(guest, null, null, null, List.of(), List.of(), false, null, false,
				List.of(), null, null));
	}

}
