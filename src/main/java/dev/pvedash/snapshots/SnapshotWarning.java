package dev.pvedash.snapshots;

import java.util.List;

/**
 * One snapshot risk of one guest, for any page: render it with
 * {@code #messages.msgWithParams(w.messageKey(), w.args().toArray())}. Kinds and their
 * arguments:
 * <ul>
 * <li>{@code LATE} (snapshots.warning.late): guest name, newest snapshot, its age in
 * days, the limit in days;</li>
 * <li>{@code LONG_CHAIN} (snapshots.warning.long-chain): guest name, snapshot count,
 * oldest age in days, count limit, age limit in days;</li>
 * <li>{@code RAM_PASSTHROUGH} (snapshots.warning.ram-passthrough): guest name, the RAM
 * snapshots' names;</li>
 * <li>{@code BROKEN} (snapshots.warning.broken): guest name, snapshot, PVE's snapstate,
 * vmid, {@code qm} or {@code pct}.</li>
 * </ul>
 */
public record SnapshotWarning(int vmid, String guestName, String kind, String messageKey, List<Object> args) {

	public SnapshotWarning {
		args = List.copyOf(args);
	}

	/** BROKEN is red (a guest may stay locked); the others are amber. */
	public boolean severe() {
		return "BROKEN".equals(this.kind);
	}

}
