package dev.pvedash.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuestMappingTests {

	final FixturePveHttp pve = new FixturePveHttp();

	final ProxmoxClient client = this.pve.client();

	// docs/proxmox-notes.md, Versions: PVE 6 sends vmid and pid as strings and template
	// "" for non-templates
	@Test
	void qemuListPve6() {
		this.pve.answer("GET", "/nodes/pve/qemu", "pve6/nodes-pve-qemu.json");
		List<GuestResource> guests = this.client.guests("pve", GuestType.QEMU);
		assertThat(guests).extracting("id", "node", "type", "template", "state", "cpus")
			.containsExactly(tuple("qemu/100", "pve", GuestType.QEMU, false, GuestState.RUNNING, 2.0),
					tuple("qemu/9000", "pve", GuestType.QEMU, true, GuestState.STOPPED, 1.0));
		assertThat(guests.get(0).tags()).isEmpty();
		assertThat(guests.get(0).lock()).isNull();
	}

	// docs/proxmox-notes.md, Envelope and values: container lists carry string vmid/disk
	// and lock "" on PVE 6
	@Test
	void lxcListPve6() {
		this.pve.answer("GET", "/nodes/pve/lxc", "pve6/nodes-pve-lxc.json");
		List<GuestResource> guests = this.client.guests("pve", GuestType.LXC);
		assertThat(guests).extracting("vmid", "name", "disk", "maxdisk", "lock", "state")
			.containsExactly(tuple(106, "dns", 1073741824L, 8589934592L, null, GuestState.RUNNING),
					tuple(107, "CT107", 0L, 4294967296L, null, GuestState.STOPPED));
	}

	// docs/proxmox-notes.md, Envelope and values: the container list vmid stays a string
	// through PVE 7.x
	@Test
	void lxcListPve7() {
		this.pve.answer("GET", "/nodes/pve1/lxc", "pve7/nodes-pve1-lxc.json");
		assertThat(this.client.guests("pve1", GuestType.LXC)).singleElement().satisfies((guest) -> {
			assertThat(guest.vmid()).isEqualTo(106);
			assertThat(guest.node()).isEqualTo("pve1");
			assertThat(guest.tags()).containsExactly("infra");
		});
	}

	// docs/proxmox-notes.md, Versions: int vmid from 8.2; cpus from a fractional
	// cpulimit; a template locked for backup
	@Test
	void lxcListPve8() {
		this.pve.answer("GET", "/nodes/pve/lxc", "pve8/nodes-pve-lxc.json");
		assertThat(this.client.guests("pve", GuestType.LXC)).extracting("vmid", "cpus", "template", "lock")
			.containsExactly(tuple(106, 1.5, false, null), tuple(108, 1.0, true, "backup"));
	}

	// API viewer, GET /nodes/{node}/qemu: PVE 9 adds memhost and pressure; a stopped VM
	// locked "suspended" is on disk
	@Test
	void qemuListPve9() {
		this.pve.answer("GET", "/nodes/pve/qemu", "pve9/nodes-pve-qemu.json");
		assertThat(this.client.guests("pve", GuestType.QEMU)).extracting("vmid", "memhost", "state")
			.containsExactly(tuple(100, 3355443200L, GuestState.RUNNING),
					tuple(101, null, GuestState.SUSPENDED_TO_DISK));
	}

	// docs/proxmox-notes.md, Reads; API viewer, …/status/current: qmpstatus, not status,
	// shows that a VM is paused
	@Test
	void qemuStatusPaused() {
		this.pve.answer("GET", "/nodes/pve1/qemu/100/status/current", "pve7/qemu-100-status-current.json");
		GuestStatus status = this.client.guestStatus("pve1", GuestType.QEMU, 100);
		assertThat(status.status()).isEqualTo("running");
		assertThat(status.qmpstatus()).isEqualTo("paused");
		assertThat(status.state()).isEqualTo(GuestState.PAUSED);
		assertThat(status.state().resumable()).isTrue();
		assertThat(status.ha()).isEqualTo(new GuestStatus.Ha(true, "started", "prefer-pve1"));
		assertThat(status.agent()).isTrue();
		assertThat(status.runningQemu()).isEqualTo("8.0.2");
		assertThat(status.runningMachine()).isEqualTo("pc-i440fx-8.0+pve0");
		assertThat(status.tags()).containsExactly("prod", "web");
		assertThat(status.cpus()).isEqualTo(4.0);
		assertThat(status.pid()).isEqualTo(1001);
		assertThat(status.swap()).isNull();
	}

	// qemu-server vmstatus, vm_suspend: a stopped VM sends a short object with cpu as int
	// 0; lock "suspended" = on disk
	@Test
	void qemuStatusSuspendedToDisk() {
		this.pve.answer("GET", "/nodes/pve1/qemu/101/status/current", "pve7/qemu-101-status-current.json");
		GuestStatus status = this.client.guestStatus("pve1", GuestType.QEMU, 101);
		assertThat(status.state()).isEqualTo(GuestState.SUSPENDED_TO_DISK);
		assertThat(status.cpu()).isZero();
		assertThat(status.ha().managed()).isFalse();
		assertThat(status.ha().state()).isNull();
		assertThat(status.agent()).isFalse();
		assertThat(status.runningQemu()).isNull();
		assertThat(status.pid()).isNull();
	}

	// docs/proxmox-notes.md, Envelope and values: container status has no qmpstatus and
	// cpus may be a string
	@Test
	void lxcStatusPve6() {
		this.pve.answer("GET", "/nodes/pve/lxc/106/status/current", "pve6/lxc-106-status-current.json");
		GuestStatus status = this.client.guestStatus("pve", GuestType.LXC, 106);
		assertThat(status.type()).isEqualTo(GuestType.LXC);
		assertThat(status.vmid()).isEqualTo(106);
		assertThat(status.qmpstatus()).isNull();
		assertThat(status.state()).isEqualTo(GuestState.RUNNING);
		assertThat(status.cpus()).isEqualTo(1.0);
		assertThat(status.disk()).isEqualTo(1073741824L);
		assertThat(status.maxswap()).isEqualTo(536870912L);
		assertThat(status.pid()).isEqualTo(2345);
	}

	// The state vocabulary: status and qmpstatus (API viewer, …/status/current; QEMU's
	// query-status run states)
	@ParameterizedTest
	@CsvSource(nullValues = "-",
			value = { "running, -, -, RUNNING", "running, paused, -, PAUSED", "running, suspended, -, SUSPENDED",
					"running, prelaunch, -, PRELAUNCH", "running, io-error, -, IO_ERROR",
					"running, inmigrate, -, MIGRATING", "running, postmigrate, -, MIGRATING",
					"running, finish-migrate, -, MIGRATING", "stopped, stopped, -, STOPPED",
					"stopped, -, suspended, SUSPENDED_TO_DISK", "stopped, -, backup, STOPPED", "unknown, -, -, UNKNOWN",
					"-, -, -, UNKNOWN", "running, colo, -, UNKNOWN", "paused, -, -, PAUSED" })
	void guestStates(String status, String qmpstatus, String lock, GuestState expected) {
		assertThat(GuestState.of(status, qmpstatus, lock)).isEqualTo(expected);
	}

	// docs/metrics.md, Rates and gaps: a stopped guest's points carry only time, maxcpu,
	// maxmem, maxdisk and disk
	@Test
	void stoppedGuestRrdHasGapsNotZeros() {
		this.pve.answer("GET", "/nodes/pve1/qemu/101/rrddata", "pve7/rrddata-qemu-101-hour.json");
		List<GuestRrdPoint> points = this.client.rrd("pve1", GuestType.QEMU, 101, RrdTimeframe.HOUR, RrdCf.AVERAGE);
		assertThat(points).hasSize(2).allSatisfy((point) -> {
			assertThat(point.cpu()).isNull();
			assertThat(point.mem()).isNull();
			assertThat(point.netin()).isNull();
			assertThat(point.diskwrite()).isNull();
			assertThat(point.maxmem()).isEqualTo(8589934592.0);
			assertThat(point.disk()).isZero();
		});
		assertThat(points.get(0).time()).isEqualTo(Instant.ofEpochSecond(1700000000));
	}

	// docs/proxmox-notes.md, Versions: guest rrd on PVE 9 with memhost; values are floats
	// even for bytes
	@Test
	void guestRrdPve9() {
		this.pve.answer("GET", "/nodes/pve/qemu/100/rrddata", "pve9/rrddata-qemu-100-day.json");
		List<GuestRrdPoint> points = this.client.rrd("pve", GuestType.QEMU, 100, RrdTimeframe.DAY, RrdCf.MAX);
		assertThat(this.pve.lastCall().params()).isEqualTo(Map.of("timeframe", "day", "cf", "MAX"));
		assertThat(points.get(0).mem()).isEqualTo(3221225472.5);
		assertThat(points.get(0).memhost()).isEqualTo(3355443200.0);
		assertThat(points.get(0).netin()).isEqualTo(512.75);
		assertThat(points.get(1).memhost()).isNull();
	}

	// docs/metrics.md (its sources name …/qemu|lxc/{vmid}/rrddata): container rrd lives
	// under /lxc
	@Test
	void containerRrdPath() {
		this.pve.answer("GET", "/nodes/pve/lxc/106/rrddata", "pve7/rrddata-qemu-101-hour.json");
		this.client.rrd("pve", GuestType.LXC, 106, RrdTimeframe.MONTH, RrdCf.AVERAGE);
		assertThat(this.pve.lastCall()).hasToString("GET /nodes/pve/lxc/106/rrddata {timeframe=month, cf=AVERAGE}");
	}

}
