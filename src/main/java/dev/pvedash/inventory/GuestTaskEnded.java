package dev.pvedash.inventory;

/**
 * A PVE task the dashboard started on one guest has ended, so the stored status of that
 * guest may be out of date. Modules that send tasks let their own "ended" event implement
 * this, and the inventory re-reads the guest without waiting for the next cycle: the
 * sender never calls into the inventory, and the inventory needs no type of the sender's.
 */
public interface GuestTaskEnded {

	int vmid();

	/**
	 * False when no task ran on PVE (the request was refused or never left): nothing
	 * there changed.
	 */
	boolean taskRan();

}
