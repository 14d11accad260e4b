package dev.pvedash.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.pvedash.proxmox.ProxmoxException.Kind;

class ActionTests {

	static final String SHUTDOWN_UPID = "UPID:pve:000A1B2C:01F4E5D6:66F1A2B3:qmshutdown:101:dash@pve!poller:";

	final FixturePveHttp pve = new FixturePveHttp();

	final ProxmoxClient client = this.pve.client();

	FixturePveHttp.Call only() {
		assertThat(this.pve.calls()).hasSize(1);
		return this.pve.lastCall();
	}

	// docs/proxmox-notes.md, Actions (timeout, forceStop: API viewer, …/status/shutdown):
	// shutdown with a timeout
	@Test
	void shutdown() {
		this.pve.answer("POST", "/nodes/pve/qemu/101/status/shutdown", "pve8/upid-qmshutdown.json");
		Upid upid = this.client.shutdown("pve", GuestType.QEMU, 101, 60, true);
		assertThat(upid).hasToString(SHUTDOWN_UPID);
		assertThat(only()).isEqualTo(new FixturePveHttp.Call("POST", "/nodes/pve/qemu/101/status/shutdown",
				Map.of("timeout", "60", "forceStop", "1")));
	}

	// API viewer, …/status/shutdown: optional parameters are left out, not sent as 0
	@Test
	void shutdownWithDefaults() {
		this.pve.answer("POST", "/nodes/pve/lxc/106/status/shutdown", "pve8/upid-qmshutdown.json");
		this.client.shutdown("pve", GuestType.LXC, 106, null, false);
		assertThat(only().params()).isEmpty();
	}

	// docs/proxmox-notes.md, Actions: the plain lifecycle actions of both guest types,
	// without parameters
	@ParameterizedTest
	@CsvSource({ "start, QEMU, /nodes/pve/qemu/101/status/start", "stop, QEMU, /nodes/pve/qemu/101/status/stop",
			"reboot, QEMU, /nodes/pve/qemu/101/status/reboot", "resume, QEMU, /nodes/pve/qemu/101/status/resume",
			"start, LXC, /nodes/pve/lxc/101/status/start", "stop, LXC, /nodes/pve/lxc/101/status/stop",
			"reboot, LXC, /nodes/pve/lxc/101/status/reboot", "resume, LXC, /nodes/pve/lxc/101/status/resume",
			"suspend, LXC, /nodes/pve/lxc/101/status/suspend", "suspend, QEMU, /nodes/pve/qemu/101/status/suspend" })
	void lifecycle(String action, GuestType type, String path) {
		this.pve.answer("POST", path, "pve8/upid-qmshutdown.json");
		switch (action) {
			case "start" -> this.client.start("pve", type, 101);
			case "stop" -> this.client.stop("pve", type, 101);
			case "reboot" -> this.client.reboot("pve", type, 101);
			case "resume" -> this.client.resume("pve", type, 101);
			default -> this.client.suspend("pve", type, 101, false);
		}
		assertThat(only()).isEqualTo(new FixturePveHttp.Call("POST", path, Map.of()));
	}

	// docs/proxmox-notes.md, Actions: reset exists for VMs only; todisk is a QEMU option
	// (API viewer, …/status/suspend)
	@Test
	void hibernateAndReset() {
		this.pve.answer("POST", "/nodes/pve/qemu/101/status/suspend", "pve8/upid-qmshutdown.json");
		this.pve.answer("POST", "/nodes/pve/qemu/101/status/reset", "pve8/upid-qmshutdown.json");
		this.client.suspend("pve", GuestType.QEMU, 101, true);
		assertThat(this.pve.lastCall().params()).isEqualTo(Map.of("todisk", "1"));
		this.client.reset("pve", 101);
		assertThat(this.pve.lastCall()).hasToString("POST /nodes/pve/qemu/101/status/reset");
	}

	// docs/snapshots.md, Actions; API viewer, POST …/snapshot: create with description
	// and RAM
	@Test
	void snapshotCreate() {
		this.pve.answer("POST", "/nodes/pve/qemu/101/snapshot", "pve8/upid-qmshutdown.json");
		this.client.snapshotCreate("pve", GuestType.QEMU, 101, "before-upgrade", "apt full-upgrade", true);
		assertThat(only().params())
			.isEqualTo(Map.of("snapname", "before-upgrade", "description", "apt full-upgrade", "vmstate", "1"));
	}

	// docs/snapshots.md, What PVE sends (vmstate is for VMs only): container snapshot,
	// blank description left out
	@Test
	void containerSnapshotCreate() {
		this.pve.answer("POST", "/nodes/pve/lxc/106/snapshot", "pve8/upid-vzsnapshot.json");
		Upid upid = this.client.snapshotCreate("pve", GuestType.LXC, 106, "weekly", "  ", false);
		assertThat(upid.type()).isEqualTo("vzsnapshot");
		assertThat(only().params()).isEqualTo(Map.of("snapname", "weekly"));
	}

	// API viewer, DELETE …/snapshot/{snapname}: delete is a DELETE on the snapshot's path
	@Test
	void snapshotDelete() {
		this.pve.answer("DELETE", "/nodes/pve/qemu/101/snapshot/before-upgrade", "pve8/upid-qmshutdown.json");
		this.client.snapshotDelete("pve", GuestType.QEMU, 101, "before-upgrade");
		assertThat(only()).hasToString("DELETE /nodes/pve/qemu/101/snapshot/before-upgrade");
	}

	// docs/pve-backups-and-snapshots.md, Snapshots: rollback sends start=1 only when
	// asked
	@Test
	void snapshotRollback() {
		this.pve.answer("POST", "/nodes/pve/lxc/106/snapshot/weekly/rollback", "pve8/upid-vzsnapshot.json");
		this.client.snapshotRollback("pve", GuestType.LXC, 106, "weekly", true);
		assertThat(this.pve.lastCall().params()).isEqualTo(Map.of("start", "1"));
		this.client.snapshotRollback("pve", GuestType.LXC, 106, "weekly", false);
		assertThat(this.pve.lastCall().params()).isEmpty();
	}

	// vzdump of one guest: snapshot mode unless asked otherwise, always zstd
	// (docs/pve-backups-and-snapshots.md)
	@Test
	void backup() {
		this.pve.answer("POST", "/nodes/pve/vzdump", "pve8/upid-vzdump.json");
		Upid upid = this.client.backup("pve", 101, "pbs");
		assertThat(upid.type()).isEqualTo("vzdump");
		assertThat(this.pve.lastCall().params())
			.isEqualTo(Map.of("vmid", "101", "storage", "pbs", "mode", "snapshot", "compress", "zstd"));
		this.client.backup("pve", 101, "local", BackupMode.STOP);
		assertThat(this.pve.lastCall().params())
			.isEqualTo(Map.of("vmid", "101", "storage", "local", "mode", "stop", "compress", "zstd"));
	}

	// pve-common PVE/Tools.pm (upid_decode): pstart grows to 9 hex digits after ~497 days
	// of uptime
	@Test
	void longPstartUpid() {
		this.pve.answer("POST", "/nodes/pve/qemu/101/status/start", "pve8/upid-long-pstart.json");
		assertThat(this.client.start("pve", GuestType.QEMU, 101).pstart()).isEqualTo(0x1A2B3C4D5L);
	}

	// docs/proxmox-notes.md, Tasks and UPIDs: an action answer that is not a UPID is a
	// protocol error
	@Test
	void nonUpidAnswerIsAProtocolError() {
		this.pve.answer("POST", "/nodes/pve/qemu/101/status/start", "pve7/version.json");
		this.pve.answer("POST", "/nodes/pve/qemu/101/status/stop", "pve7/task-log.json");
		assertThatExceptionOfType(ProxmoxException.class)
			.isThrownBy(() -> this.client.start("pve", GuestType.QEMU, 101))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.PROTOCOL));
		assertThatExceptionOfType(ProxmoxException.class)
			.isThrownBy(() -> this.client.stop("pve", GuestType.QEMU, 101));
	}

	// docs/proxmox-notes.md, Errors: errors from PVE pass through unchanged
	@Test
	void pveErrorsPassThrough() {
		assertThatExceptionOfType(ProxmoxException.class)
			.isThrownBy(() -> this.client.start("pve", GuestType.QEMU, 101))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(501));
	}

}
