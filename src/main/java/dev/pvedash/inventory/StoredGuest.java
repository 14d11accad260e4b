package dev.pvedash.inventory;

import java.time.Instant;
import java.util.List;

import dev.pvedash.proxmox.GuestResource;

/**
 * What the poller compares against a fresh {@code /cluster/resources} entry to spot a
 * changed config.
 */
record StoredGuest(int vmid, String node, String name, boolean template, Integer cpus, Long maxmem, List<String> tags,
		String lock, boolean configDue, Instant configAsOf) {

	/**
	 * Changes that mean the stored config summary is out of date (resize, rename,
	 * migration, template …).
	 */
	boolean differsFrom(GuestResource resource) {
		return !this.node.equals(resource.node()) || !same(this.name, resource.name())
				|| this.template != resource.template() || !same(this.cpus, Rows.cpus(resource.cpus()))
				|| !same(this.maxmem, resource.maxmem()) || !this.tags.equals(resource.tags())
				|| !same(this.lock, resource.lock());
	}

	private static boolean same(Object a, Object b) {
		return (a == null) ? b == null : a.equals(b);
	}

}
