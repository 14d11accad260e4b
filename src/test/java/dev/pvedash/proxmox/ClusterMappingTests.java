package dev.pvedash.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClusterMappingTests {

	final FixturePveHttp pve = new FixturePveHttp();

	final ProxmoxClient client = this.pve.client();

	// GET /version sends pve-manager's package version: "7.4-16" with a dash up to 7.x,
	// "8.4.1" from 8.x, "9.x.y" in 9
	@ParameterizedTest
	@CsvSource({ "pve6, 6.4-13, 6", "pve7, 7.4-16, 7", "pve8, 8.4.1, 8", "pve9, 9.0.3, 9" })
	void version(String pveDir, String version, int major) {
		this.pve.answer("GET", "/version", pveDir + "/version.json");
		PveVersion answer = this.client.version();
		assertThat(answer.version()).isEqualTo(version);
		assertThat(answer.major()).isEqualTo(major);
		assertThat(answer.repoid()).isNotBlank();
		assertThat(this.pve.lastCall()).hasToString("GET /version");
	}

	// pve-manager PVE/API2/Cluster.pm (status): a standalone host sends only its node
	// entry, nodeid 0
	@Test
	void standaloneClusterStatus() {
		this.pve.answer("GET", "/cluster/status", "pve6/cluster-status.json");
		ClusterStatus status = this.client.clusterStatus();
		assertThat(status.clustered()).isFalse();
		assertThat(status.name()).isNull();
		assertThat(status.quorate()).isTrue();
		assertThat(status.nodes()).singleElement()
			.satisfies((node) -> assertThat(node)
				.isEqualTo(new ClusterStatus.Member("pve", 0, "192.168.1.10", true, true, null)));
	}

	// API viewer, GET /cluster/status: one cluster entry plus a node entry per member, in
	// hash order
	@Test
	void clusterStatus() {
		this.pve.answer("GET", "/cluster/status", "pve7/cluster-status.json");
		ClusterStatus status = this.client.clusterStatus();
		assertThat(status.name()).isEqualTo("homelab");
		assertThat(status.configVersion()).isEqualTo(5);
		assertThat(status.quorate()).isTrue();
		assertThat(status.nodes()).extracting("name", "online", "local", "level")
			.containsExactly(tuple("pve2", true, false, null), tuple("pve1", true, true, "c"),
					tuple("pve3", false, false, null));
	}

	// docs/proxmox-notes.md, Versions: PVE 6 sends string vmids, template "" and string
	// disk counters for containers
	@Test
	void clusterResourcesPve6() {
		this.pve.answer("GET", "/cluster/resources", "pve6/cluster-resources.json");
		ClusterResources resources = this.client.clusterResources();
		assertThat(resources.guests()).extracting("id", "vmid", "template", "state", "disk", "maxdisk")
			.containsExactly(tuple("qemu/100", 100, false, GuestState.RUNNING, 0L, 34359738368L),
					tuple("qemu/9000", 9000, true, GuestState.STOPPED, 0L, 2361393152L),
					tuple("lxc/106", 106, false, GuestState.RUNNING, 1073741824L, 8589934592L));
		assertThat(resources.guests().get(2).type()).isEqualTo(GuestType.LXC);
		assertThat(resources.nodes()).singleElement().satisfies((node) -> {
			assertThat(node.online()).isTrue();
			assertThat(node.level()).isNull();
			assertThat(node.cgroupMode()).isNull();
		});
		assertThat(resources.storages()).singleElement().satisfies((storage) -> {
			assertThat(storage.id()).isEqualTo("storage/pve/local");
			assertThat(storage.content()).containsExactly("iso", "vztmpl", "backup");
			assertThat(storage.shared()).isFalse();
		});
		assertThat(resources.all()).hasSize(5);
	}

	// docs/proxmox-notes.md, Reads: the QMP state; a stopped VM locked "suspended" is on
	// disk (qemu-server vm_suspend)
	@Test
	void clusterResourcesPve7States() {
		this.pve.answer("GET", "/cluster/resources", "pve7/cluster-resources.json");
		ClusterResources resources = this.client.clusterResources();
		assertThat(resources.guests()).extracting("vmid", "status", "state", "lock")
			.containsExactly(tuple(100, "paused", GuestState.PAUSED, null),
					tuple(101, "stopped", GuestState.SUSPENDED_TO_DISK, "suspended"),
					tuple(102, "unknown", GuestState.UNKNOWN, null), tuple(106, "running", GuestState.RUNNING, null));
		GuestResource web = resources.guests().get(0);
		assertThat(web.tags()).containsExactly("prod", "web");
		assertThat(web.hastate()).isEqualTo("started");
		assertThat(web.pool()).isEqualTo("lab");
		assertThat(web.cpus()).isEqualTo(4.0);
	}

	// docs/proxmox-notes.md, Envelope and values: a guest without stats yet and an
	// offline node keep their gaps as null
	@Test
	void missingUsageStaysNull() {
		this.pve.answer("GET", "/cluster/resources", "pve7/cluster-resources.json");
		ClusterResources resources = this.client.clusterResources();
		GuestResource fresh = resources.guests().get(2);
		assertThat(fresh.cpu()).isNull();
		assertThat(fresh.mem()).isNull();
		assertThat(fresh.uptime()).isNull();
		NodeResource offline = resources.nodes().get(1);
		assertThat(offline.online()).isFalse();
		assertThat(offline.cpu()).isNull();
		assertThat(offline.maxmem()).isNull();
		assertThat(resources.nodes().get(0).cgroupMode()).isEqualTo(2);
	}

	// docs/proxmox-notes.md, Reads: pools and SDN zones are skipped; an NFS store that is
	// not reachable reports "unknown"
	@Test
	void otherResourceTypesAreSkipped() {
		this.pve.answer("GET", "/cluster/resources", "pve7/cluster-resources.json");
		ClusterResources resources = this.client.clusterResources();
		assertThat(resources.all()).hasSize(8);
		assertThat(resources.storages()).extracting("storage", "available", "shared", "disk")
			.containsExactly(tuple("local-lvm", true, false, 53687091200L), tuple("nas", false, true, null));
	}

	// docs/proxmox-notes.md, Reads: "suspended" QMP state; a migrating VM is locked but
	// its status still says running
	@Test
	void clusterResourcesPve8() {
		this.pve.answer("GET", "/cluster/resources", "pve8/cluster-resources.json");
		ClusterResources resources = this.client.clusterResources();
		assertThat(resources.guests()).extracting("vmid", "state", "lock")
			.containsExactly(tuple(100, GuestState.RUNNING, null), tuple(103, GuestState.SUSPENDED, null),
					tuple(104, GuestState.RUNNING, "migrate"));
		assertThat(resources.storages().get(0).plugintype()).isEqualTo("pbs");
	}

	// docs/proxmox-notes.md, Versions: PVE 9 adds "network" entries, memhost and string
	// pressure values
	@Test
	void clusterResourcesPve9() {
		this.pve.answer("GET", "/cluster/resources", "pve9/cluster-resources.json");
		ClusterResources resources = this.client.clusterResources();
		assertThat(resources.all()).hasSize(4);
		assertThat(resources.guests().get(0).memhost()).isEqualTo(3355443200L);
		assertThat(resources.guests().get(1).memhost()).isNull();
		assertThat(resources.storages().get(0).content()).contains("import");
	}

	// API viewer, GET /cluster/resources: the type filter is a query parameter
	@Test
	void clusterResourcesByType() {
		this.pve.answer("GET", "/cluster/resources", "pve8/cluster-resources.json");
		this.client.clusterResources(ResourceType.VM);
		assertThat(this.pve.lastCall().params()).isEqualTo(Map.of("type", "vm"));
		this.client.clusterResources(ResourceType.STORAGE);
		assertThat(this.pve.lastCall().params()).isEqualTo(Map.of("type", "storage"));
		this.client.clusterResources();
		assertThat(this.pve.lastCall().params()).isEmpty();
	}

	// docs/proxmox-notes.md, TLS: /nodes items share the node shape and add
	// ssl_fingerprint
	@Test
	void nodes() {
		this.pve.answer("GET", "/nodes", "pve7/nodes.json");
		assertThat(this.client.nodes()).extracting("node", "online", "maxcpu", "sslFingerprint")
			.containsExactly(tuple("pve1", true, 16, "5E:2B:7F:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
					+ "01:23:45:67:89:AB:CD:EF:01:23:45:67:89"), tuple("pve3", false, null, null));
	}

}
