package dev.pvedash.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NodeMappingTests {

	final FixturePveHttp pve = new FixturePveHttp();

	final ProxmoxClient client = this.pve.client();

	// API viewer, node status: loadavg and cpuinfo.mhz/hvm are strings; PVE 6/7 have no
	// current-kernel or boot-info
	@Test
	void nodeStatusPve6() {
		this.pve.answer("GET", "/nodes/pve/status", "pve6/node-status.json");
		NodeStatus status = this.client.nodeStatus("pve");
		assertThat(status.loadavg()).containsExactly(0.15, 0.25, 0.30);
		assertThat(status.cpu()).isEqualTo(0.0312);
		assertThat(status.iowait()).isEqualTo(0.0021);
		assertThat(status.cpuinfo())
			.isEqualTo(new NodeStatus.Cpu("Intel(R) Core(TM) i7-7700 CPU @ 3.60GHz", 1, 4, 8, 3600.0, true));
		assertThat(status.memory()).isEqualTo(new NodeStatus.Usage(33564131328L, 6442450944L, 27121680384L, null));
		assertThat(status.rootfs().available()).isEqualTo(90313682944L);
		assertThat(status.pveversion()).isEqualTo("pve-manager/6.4-13/9f7e5d6a");
		assertThat(status.kernelRelease()).isNull();
		assertThat(status.bootMode()).isNull();
		assertThat(status.secureBoot()).isNull();
	}

	// pve-manager PVE/API2/Nodes.pm (status): PVE 8.1 adds current-kernel and boot-info
	@Test
	void nodeStatusPve8() {
		this.pve.answer("GET", "/nodes/pve/status", "pve8/node-status.json");
		NodeStatus status = this.client.nodeStatus("pve");
		assertThat(status.kernelRelease()).isEqualTo("6.8.12-4-pve");
		assertThat(status.bootMode()).isEqualTo("efi");
		assertThat(status.secureBoot()).isTrue();
		assertThat(status.swap()).isEqualTo(new NodeStatus.Usage(0L, 0L, 0L, null));
		assertThat(status.loadavg()).containsExactly(2.10, 1.75, 1.40);
	}

	// pve-manager PVE/API2/Nodes.pm (status): PVE 9 adds memory.available; legacy boot
	// has no secureboot flag
	@Test
	void nodeStatusPve9() {
		this.pve.answer("GET", "/nodes/pve/status", "pve9/node-status.json");
		NodeStatus status = this.client.nodeStatus("pve");
		assertThat(status.memory().available()).isEqualTo(51539607552L);
		assertThat(status.bootMode()).isEqualTo("legacy-bios");
		assertThat(status.secureBoot()).isNull();
	}

	// docs/proxmox-notes.md, Envelope and values: a missing part stays all-null instead
	// of failing or reading as zero
	@Test
	void nodeStatusWithoutParts() {
		this.pve.answer("GET", "/nodes/pve/status", "pve7/node-status-minimal.json");
		NodeStatus status = this.client.nodeStatus("pve");
		assertThat(status.memory()).isEqualTo(new NodeStatus.Usage(null, null, null, null));
		assertThat(status.cpuinfo().model()).isNull();
		assertThat(status.loadavg()).isEmpty();
		assertThat(status.uptime()).isEqualTo(5L);
	}

	// docs/pve-backups-and-snapshots.md, Backup content per storage type: sizes are
	// absent while a storage is inactive
	@Test
	void storages() {
		this.pve.answer("GET", "/nodes/pve1/storage", "pve7/storage.json");
		List<Storage> storages = this.client.storages("pve1");
		assertThat(storages).extracting("storage", "type", "active", "enabled", "shared", "total", "usedFraction")
			.containsExactly(tuple("local", "dir", true, true, false, 100861726720L, 0.0745),
					tuple("local-lvm", "lvmthin", true, true, false, 858993459200L, 0.0625),
					tuple("nas", "nfs", false, true, true, null, null));
		assertThat(storages.get(0).content()).containsExactly("vztmpl", "iso", "backup");
		assertThat(storages.get(0).holdsBackups()).isTrue();
		assertThat(storages.get(1).holdsBackups()).isFalse();
	}

	// storage content (doc silent on the item shape): newest first, protected flag, guest
	// filter as query
	@Test
	void backups() {
		this.pve.answer("GET", "/nodes/pve1/storage/local/content", "pve7/storage-content-backup.json");
		List<Backup> backups = this.client.backups("pve1", "local", null);
		assertThat(backups).extracting("vmid", "ctime", "protection", "subtype", "format")
			.containsExactly(tuple(100, Instant.ofEpochSecond(1700010003), false, GuestType.QEMU, "vma.zst"),
					tuple(106, Instant.ofEpochSecond(1700010001), true, GuestType.LXC, "tar.zst"),
					tuple(100, Instant.ofEpochSecond(1699923603), false, GuestType.QEMU, "vma.zst"));
		assertThat(backups.get(2).notes()).isEqualTo("web, nightly");
		assertThat(backups.get(0).notes()).isNull();
		assertThat(this.pve.lastCall().params()).isEqualTo(Map.of("content", "backup"));
		this.client.backups("pve1", "local", 100);
		assertThat(this.pve.lastCall().params()).isEqualTo(Map.of("content", "backup", "vmid", "100"));
	}

	// docs/metrics.md, Rates and gaps: unknown values are omitted by PVE and stay null
	// here, never 0
	@Test
	void nodeRrdKeepsGaps() {
		this.pve.answer("GET", "/nodes/pve1/rrddata", "pve7/rrddata-node-hour.json");
		List<NodeRrdPoint> points = this.client.rrd("pve1", RrdTimeframe.HOUR, RrdCf.AVERAGE);
		assertThat(this.pve.lastCall().params()).isEqualTo(Map.of("timeframe", "hour", "cf", "AVERAGE"));
		assertThat(points).hasSize(3);
		assertThat(points.get(0).netin()).isEqualTo(10240.5);
		assertThat(points.get(0).memavailable()).isNull();
		NodeRrdPoint gap = points.get(1);
		assertThat(gap.time()).isEqualTo(Instant.ofEpochSecond(1700000060));
		assertThat(gap.cpu()).isNull();
		assertThat(gap.memused()).isNull();
		assertThat(gap.netin()).isNull();
		assertThat(gap.memtotal()).isEqualTo(67430985728.0);
		assertThat(points.get(2).netin()).isZero();
	}

	// pve-cluster's PVE 9 RRD definitions: series memavailable, arcsize and "some"
	// pressure (the "full" ones ignored)
	@Test
	void nodeRrdPve9() {
		this.pve.answer("GET", "/nodes/pve/rrddata", "pve9/rrddata-node-hour.json");
		List<NodeRrdPoint> points = this.client.rrd("pve", RrdTimeframe.WEEK, RrdCf.MAX);
		assertThat(this.pve.lastCall().params()).isEqualTo(Map.of("timeframe", "week", "cf", "MAX"));
		assertThat(points.get(0).memavailable()).isEqualTo(51539607552.0);
		assertThat(points.get(0).arcsize()).isEqualTo(4294967296.0);
		assertThat(points.get(1).arcsize()).isNull();
		assertThat(points.get(0).pressureiosome()).isEqualTo(0.02);
		assertThat(points.get(0).pressurememorysome()).isZero();
		assertThat(points.get(1).pressurecpusome()).isNull();
	}

	// pveum(1), Permission Management: the nearest listed path decides; an ancestor
	// counts only where it propagates
	@Test
	void permissions() {
		this.pve.answer("GET", "/access/permissions", "pve8/access-permissions.json");
		Permissions permissions = this.client.permissions();
		assertThat(permissions.allows("/vms/100", "VM.PowerMgmt")).isTrue();
		assertThat(permissions.allows("/vms/101", "VM.PowerMgmt")).isTrue();
		assertThat(permissions.allows("/vms/100", "VM.Snapshot")).isTrue();
		assertThat(permissions.allows("/vms/101", "VM.Snapshot")).isFalse();
		assertThat(permissions.allows("/nodes/pve", "Sys.Audit")).isTrue();
		assertThat(permissions.allows("/nodes/pve", "Sys.PowerMgmt")).isFalse();
		assertThat(permissions.allows("/", "VM.Audit")).isTrue();
		assertThat(permissions.allows("/storage/local/", "Datastore.Audit")).isTrue();
		assertThat(permissions.paths().get("/vms/100")).containsEntry("VM.Snapshot", false);
	}

	// pveum(1), Permission Management: a propagate flag of 0 grants on the path itself
	// but not below it
	@Test
	void nonPropagatingPrivilegeStaysOnItsPath() {
		Permissions permissions = Permissions
			.from(FixturePveHttp.json("{\"/\":{\"Sys.Audit\":0},\"/vms\":{\"VM.Audit\":0}}"));
		assertThat(permissions.allows("/", "Sys.Audit")).isTrue();
		assertThat(permissions.allows("/nodes/pve", "Sys.Audit")).isFalse();
		assertThat(permissions.allows("/vms", "VM.Audit")).isTrue();
		assertThat(permissions.allows("/vms/100", "VM.Audit")).isFalse();
	}

}
