package dev.pvedash.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Invalid ids fail before a path is built: the fake PVE must never see a call. */
class ValidationTests {

	final FixturePveHttp pve = new FixturePveHttp();

	final ProxmoxClient client = this.pve.client();

	@AfterEach
	void nothingReachedPve() {
		assertThat(this.pve.calls()).isEmpty();
	}

	void rejected(Consumer<ProxmoxClient> call) {
		assertThatIllegalArgumentException().isThrownBy(() -> call.accept(this.client));
	}

	// pve-common PVE/JSONSchema.pm (pve-node format): node names are letters, digits and
	// hyphens
	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(
			strings = { "../etc", "pve/..", "pve?x=1", "pve%2F", "-pve", "pve-", "pve 1", "pve.local", "pve\n", "ä" })
	void badNodeNames(String node) {
		rejected((client) -> client.nodeStatus(node));
		rejected((client) -> client.guests(node, GuestType.QEMU));
		rejected((client) -> client.storages(node));
		rejected((client) -> client.start(node, GuestType.QEMU, 100));
		rejected((client) -> client.tasks(node, TaskFilter.all()));
		rejected((client) -> client.rrd(node, RrdTimeframe.HOUR, RrdCf.AVERAGE));
		rejected((client) -> client.backup(node, 100, "local"));
	}

	// API viewer, vmid (docs/security.md #17): range 100 … 999 999 999
	@ParameterizedTest
	@ValueSource(ints = { 99, 0, -1, 1_000_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE })
	void badVmids(int vmid) {
		rejected((client) -> client.guestStatus("pve", GuestType.QEMU, vmid));
		rejected((client) -> client.guestConfig("pve", GuestType.LXC, vmid));
		rejected((client) -> client.snapshots("pve", GuestType.QEMU, vmid));
		rejected((client) -> client.stop("pve", GuestType.QEMU, vmid));
		rejected((client) -> client.reset("pve", vmid));
		rejected((client) -> client.backups("pve", "local", vmid));
		rejected((client) -> client.backup("pve", vmid, "local"));
		rejected((client) -> client.tasks("pve", TaskFilter.all().withVmid(vmid)));
	}

	@Test
	void vmidBoundsAreAccepted() {
		assertThatCode(() -> Paths.vmid(100)).doesNotThrowAnyException();
		assertThatCode(() -> Paths.vmid(999_999_999)).doesNotThrowAnyException();
	}

	// docs/snapshots.md, What PVE sends: letter first, then letters, digits, '_' and '-',
	// at most 40; reserved
	// "current" and "vzdump": docs/pve-backups-and-snapshots.md, Snapshots
	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "1st", "_x", "a", "before upgrade", "snap.1", "snap/../x", "ünicode",
			"a23456789012345678901234567890123456789012", "current", "vzdump", "x;rm" })
	void badSnapshotNames(String name) {
		rejected((client) -> client.snapshotCreate("pve", GuestType.QEMU, 100, name, null, false));
		rejected((client) -> client.snapshotDelete("pve", GuestType.QEMU, 100, name));
		rejected((client) -> client.snapshotRollback("pve", GuestType.LXC, 100, name, false));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ab", "before-upgrade", "Snap_2024-01-01", "a234567890123456789012345678901234567890" })
	void goodSnapshotNames(String name) {
		assertThat(Paths.snapshotName(name)).isEqualTo(name);
	}

	// pve-storage-id: a letter first, then letters, digits, '.', '_', '-', not ending in
	// a symbol
	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "../local", "local/", "1local", "local-", "l", "lo cal" })
	void badStorageIds(String storage) {
		rejected((client) -> client.backups("pve", storage, null));
		rejected((client) -> client.backup("pve", 100, storage));
	}

	// API viewer, lxc …/status/suspend and …/snapshot: parameters PVE refuses for
	// containers
	@Test
	void containerOnlyRestrictions() {
		rejected((client) -> client.suspend("pve", GuestType.LXC, 106, true));
		rejected((client) -> client.snapshotCreate("pve", GuestType.LXC, 106, "weekly", null, true));
	}

	@Test
	void missingArguments() {
		rejected((client) -> client.guests("pve", null));
		rejected((client) -> client.guestStatus("pve", null, 100));
		rejected((client) -> client.taskStatus(null));
		rejected((client) -> client.taskLog(TaskTests.START, -1, 10));
		rejected((client) -> client.rrd("pve", null, RrdCf.MAX));
		rejected((client) -> client.shutdown("pve", GuestType.QEMU, 100, -5, false));
		rejected((client) -> client.backup("pve", 100, "local", null));
		rejected((client) -> client.clusterResources(null));
		rejected((client) -> client.tasks("pve", TaskFilter.all().withType("qm start")));
		rejected((client) -> client.tasks("pve", TaskFilter.all().withLimit(-1)));
	}

}
