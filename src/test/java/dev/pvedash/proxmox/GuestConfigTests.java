package dev.pvedash.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.pvedash.proxmox.GuestConfig.Disk;
import dev.pvedash.proxmox.GuestConfig.Nic;
import dev.pvedash.proxmox.GuestConfig.PciDevice;
import dev.pvedash.proxmox.GuestConfig.Startup;

class GuestConfigTests {

	final FixturePveHttp pve = new FixturePveHttp();

	final ProxmoxClient client = this.pve.client();

	// docs/proxmox-notes.md, Envelope and values: a full VM config;
	// protection/template/lock appear only when set
	@Test
	void qemuConfigPve7() {
		this.pve.answer("GET", "/nodes/pve1/qemu/100/config", "pve7/qemu-100-config.json");
		GuestConfig config = this.client.guestConfig("pve1", GuestType.QEMU, 100);
		assertThat(config.name()).isEqualTo("web");
		assertThat(config.cores()).isEqualTo(2);
		assertThat(config.sockets()).isEqualTo(2);
		assertThat(config.memory()).isEqualTo(4096L);
		assertThat(config.balloon()).isEqualTo(2048L);
		assertThat(config.onboot()).isTrue();
		assertThat(config.protection()).isTrue();
		assertThat(config.template()).isFalse();
		assertThat(config.agent()).isTrue();
		assertThat(config.startup()).isEqualTo(new Startup(1, 30, 60));
		assertThat(config.tags()).containsExactly("prod", "web");
		assertThat(config.description()).isEqualTo("Web server\nmanaged by ansible");
		assertThat(config.lock()).isEqualTo("backup");
		assertThat(config.parent()).isEqualTo("before-upgrade");
		assertThat(config.raw()).containsEntry("meta", "creation-qemu=8.0.2,ctime=1690000000")
			.containsEntry("sockets", "2");
	}

	// API viewer, qemu config: disks in GUI order (scsi2 before scsi10), volume + size
	// parsed, CD drive recognised
	@Test
	void qemuDisks() {
		this.pve.answer("GET", "/nodes/pve1/qemu/100/config", "pve7/qemu-100-config.json");
		GuestConfig config = this.client.guestConfig("pve1", GuestType.QEMU, 100);
		assertThat(config.disks()).extracting("key", "volume", "size", "cdrom")
			.containsExactly(tuple("efidisk0", "local-lvm:vm-100-disk-3", 4194304L, false),
					tuple("ide2", "local:iso/debian-12.5.0-amd64-netinst.iso", 659554304L, true),
					tuple("scsi0", "local-lvm:vm-100-disk-0", 34359738368L, false),
					tuple("scsi1", "local-lvm:vm-100-disk-1", 549755813888L, false),
					tuple("scsi10", "nas:100/vm-100-disk-2.qcow2", 1610612736L, false),
					tuple("tpmstate0", "local-lvm:vm-100-disk-4", 4194304L, false));
		Disk scsi0 = config.disks().get(2);
		assertThat(scsi0.options()).containsEntry("ssd", "1").containsEntry("iothread", "1");
		assertThat(scsi0.mountPoint()).isNull();
	}

	// API viewer, qemu config net[n]: net0 is <model>=<mac>,bridge=…; tag, firewall and
	// link_down are options
	@Test
	void qemuNics() {
		this.pve.answer("GET", "/nodes/pve1/qemu/100/config", "pve7/qemu-100-config.json");
		GuestConfig config = this.client.guestConfig("pve1", GuestType.QEMU, 100);
		assertThat(config.nics()).extracting("key", "model", "mac", "bridge", "tag", "firewall", "linkDown")
			.containsExactly(tuple("net0", "virtio", "BC:24:11:AA:BB:01", "vmbr0", null, true, false),
					tuple("net1", "e1000", "BC:24:11:AA:BB:02", "vmbr1", 20, false, true));
	}

	// API viewer, qemu config hostpci[n]: hostpci by address (default key) or by host=,
	// several functions joined by ';'
	@Test
	void qemuPciPassthrough() {
		this.pve.answer("GET", "/nodes/pve1/qemu/100/config", "pve7/qemu-100-config.json");
		GuestConfig config = this.client.guestConfig("pve1", GuestType.QEMU, 100);
		assertThat(config.pciDevices()).extracting("key", "host", "mapping", "pcie", "primaryGpu")
			.containsExactly(tuple("hostpci0", "0000:01:00.0", null, true, true),
					tuple("hostpci1", "02:00.0;02:00.1", null, false, false));
		assertThat(config.pciDevices().get(1).options()).containsEntry("rombar", "0");
	}

	// API viewer, qemu config: PVE 8.1+ memory as a string; model=/macaddr= NIC form; PCI
	// by mapping
	@Test
	void qemuConfigPve8() {
		this.pve.answer("GET", "/nodes/pve/qemu/100/config", "pve8/qemu-100-config.json");
		GuestConfig config = this.client.guestConfig("pve", GuestType.QEMU, 100);
		assertThat(config.memory()).isEqualTo(4096L);
		assertThat(config.onboot()).isFalse();
		assertThat(config.protection()).isFalse();
		assertThat(config.lock()).isNull();
		assertThat(config.startup()).isEqualTo(new Startup(null, 15, null));
		assertThat(config.disks()).extracting("key", "size")
			.containsExactly(tuple("sata0", 1099511627776L), tuple("virtio0", 68719476736L));
		assertThat(config.nics()).singleElement().satisfies((nic) -> {
			assertThat(nic.model()).isEqualTo("virtio");
			assertThat(nic.mac()).isEqualTo("BC:24:11:AA:BB:03");
			assertThat(nic.options()).containsEntry("queues", "4");
		});
		assertThat(config.pciDevices()).singleElement()
			.isEqualTo(new PciDevice("hostpci0", null, "gpu0", true, false, Map.of("mapping", "gpu0", "pcie", "1")));
	}

	// API viewer, qemu config memory: "current=2048" property string form of memory
	@Test
	void qemuConfigPve9MemoryPropertyString() {
		this.pve.answer("GET", "/nodes/pve/qemu/100/config", "pve9/qemu-100-config.json");
		assertThat(this.client.guestConfig("pve", GuestType.QEMU, 100).memory()).isEqualTo(8192L);
	}

	// API viewer, qemu config: PVE 6 config, int memory, empty CD drive
	@Test
	void qemuConfigPve6() {
		this.pve.answer("GET", "/nodes/pve/qemu/100/config", "pve6/qemu-100-config.json");
		GuestConfig config = this.client.guestConfig("pve", GuestType.QEMU, 100);
		assertThat(config.memory()).isEqualTo(2048L);
		assertThat(config.startup()).isNull();
		assertThat(config.tags()).isEmpty();
		assertThat(config.disks()).extracting("key", "volume", "size", "media")
			.containsExactly(tuple("ide2", "none", null, "cdrom"),
					tuple("scsi0", "local-lvm:vm-100-disk-0", 34359738368L, null));
	}

	// API viewer, lxc config: hostname, rootfs and mount points with paths, veth NIC, raw
	// lxc.* lines left out of raw
	@Test
	void lxcConfig() {
		this.pve.answer("GET", "/nodes/pve1/lxc/106/config", "pve7/lxc-106-config.json");
		GuestConfig config = this.client.guestConfig("pve1", GuestType.LXC, 106);
		assertThat(config.type()).isEqualTo(GuestType.LXC);
		assertThat(config.name()).isEqualTo("dns");
		assertThat(config.arch()).isEqualTo("amd64");
		assertThat(config.cpulimit()).isEqualTo(1.5);
		assertThat(config.memory()).isEqualTo(512L);
		assertThat(config.swap()).isEqualTo(512L);
		assertThat(config.unprivileged()).isTrue();
		assertThat(config.startup()).isEqualTo(new Startup(2, 10, null));
		assertThat(config.tags()).containsExactly("infra", "dns", "core");
		assertThat(config.disks()).extracting("key", "volume", "size", "mountPoint")
			.containsExactly(tuple("mp0", "nas:106/vm-106-disk-1.raw", 107374182400L, "/srv/data"),
					tuple("rootfs", "local-lvm:vm-106-disk-0", 8589934592L, "/"));
		Nic nic = config.nics().get(0);
		assertThat(nic).extracting("model", "mac", "bridge", "tag", "firewall", "interfaceName")
			.containsExactly("veth", "BC:24:11:CC:DD:01", "vmbr0", 30, true, "eth0");
		assertThat(nic.options()).containsEntry("ip", "dhcp").containsEntry("ip6", "auto");
		assertThat(config.pciDevices()).isEmpty();
		assertThat(config.raw()).doesNotContainKey("lxc").containsEntry("features", "nesting=1");
	}

	// API viewer, qemu config startup: [[order=]n][,up=n][,down=n]; anything else is
	// unreadable, not a guess
	@ParameterizedTest
	@CsvSource(nullValues = "-", delimiter = '|',
			value = { "order=1,up=30,down=60|1|30|60", "3|3|-|-", "down=5|-|-|5", "order=1,,up=2|1|2|-" })
	void startupOrders(String text, Integer order, Integer up, Integer down) {
		assertThat(GuestConfigMapper.startup(text)).isEqualTo(new Startup(order, up, down));
	}

	@Test
	void unreadableStartupIsNull() {
		assertThat(GuestConfigMapper.startup("order=first")).isNull();
		assertThat(GuestConfigMapper.startup(null)).isNull();
	}

}
