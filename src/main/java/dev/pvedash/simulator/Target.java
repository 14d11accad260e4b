package dev.pvedash.simulator;

/** The guest an action is for, who asked, and whether root asked to ignore its lock. */
record Target(SimNode node, Guest guest, Principal principal, boolean skiplock) {

	int vmid() {
		return this.guest.vmid();
	}

	String id() {
		return String.valueOf(this.guest.vmid());
	}

	/** PVE's {@code check_lock}: "VM is locked (backup)" / "CT is locked (snapshot)". */
	void checkLock() {
		String lock = this.guest.lock();
		if (!this.skiplock && lock != null) {
			throw new TaskRunner.Failure(this.guest.kind().noun() + " is locked (" + lock + ")");
		}
	}

}
