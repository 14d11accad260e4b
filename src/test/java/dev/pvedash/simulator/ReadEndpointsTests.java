package dev.pvedash.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Envelope, field presence and JSON types of the read endpoints on the default PVE 8.2.4;
 * display names start with the section of docs/proxmox-notes.md they check.
 */
@SharedSimulator
class ReadEndpointsTests {

	final PveSimulator simulator;

	final SimulatorHttp client;

	ReadEndpointsTests(PveSimulator simulator, SimulatorHttp client) {
		this.simulator = simulator;
		this.client = client;
	}

	@Test
	@DisplayName("Envelope/Reads: {\"data\": …} as application/json;charset=UTF-8; version 8.2.4, release 8.2, repoid")
	void versionEnvelope() {
		SimulatorHttp.Response response = client.get("/version");
		assertThat(response.raw().headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
		JsonNode json = response.json();
		assertThat(json.propertyNames()).containsExactly("data");
		assertThat(json.get("data").get("version").asString()).isEqualTo("8.2.4");
		assertThat(json.get("data").get("release").asString()).isEqualTo("8.2");
		assertThat(json.get("data").get("repoid").asString()).matches("[0-9a-f]{8,}");
		assertThat(client.data("/nodes/pve/version").get("version").asString()).isEqualTo("8.2.4");
	}

	@Test
	@DisplayName("Reads: /nodes items carry id, type, status, numeric usage and level \"\"")
	void nodes() {
		JsonNode node = client.data("/nodes").get(0);
		assertThat(node.get("node").asString()).isEqualTo("pve");
		assertThat(node.get("id").asString()).isEqualTo("node/pve");
		assertThat(node.get("status").asString()).isEqualTo("online");
		assertThat(node.get("level").asString()).isEmpty();
		assertThat(node.get("maxcpu").isInt()).isTrue();
		assertThat(node.get("cpu").isDouble()).isTrue();
		assertThat(node.get("maxmem").isNumber()).isTrue();
		assertThat(node.get("uptime").asLong()).isGreaterThan(23 * 86_400L);
	}

	@Test
	@DisplayName("Reads: node status: loadavg as three strings, cpuinfo mhz/hvm strings, 8.1+ kernel details")
	void nodeStatus() {
		JsonNode status = client.data("/nodes/pve/status");
		assertThat(status.get("loadavg")).hasSize(3);
		status.get("loadavg").forEach(value -> assertThat(value.isString()).isTrue());
		JsonNode cpuinfo = status.get("cpuinfo");
		assertThat(cpuinfo.get("model").asString()).isEqualTo("Intel(R) N95");
		assertThat(cpuinfo.get("sockets").asInt()).isEqualTo(1);
		assertThat(cpuinfo.get("cores").asInt()).isEqualTo(4);
		assertThat(cpuinfo.get("cpus").asInt()).isEqualTo(4);
		assertThat(cpuinfo.get("mhz").isString()).isTrue();
		assertThat(cpuinfo.get("hvm").asString()).isEqualTo("1");
		assertThat(status.get("memory").get("total").asLong()).isBetween(15L << 30, 16L << 30);
		assertThat(status.get("memory").has("available")).isFalse();
		assertThat(status.get("swap").get("total").asLong()).isPositive();
		assertThat(status.get("rootfs").get("avail").isNumber()).isTrue();
		assertThat(status.has("current-kernel")).isTrue();
		assertThat(status.get("boot-info").get("mode").asString()).isEqualTo("efi");
		assertThat(status.get("pveversion").asString()).startsWith("pve-manager/8.2.4/");
	}

	@Test
	@DisplayName("Reads: a standalone host answers /cluster/status with one node entry, nodeid 0, no cluster entry")
	void clusterStatusStandalone() {
		JsonNode status = client.data("/cluster/status");
		assertThat(status).hasSize(1);
		assertThat(status.get(0).get("type").asString()).isEqualTo("node");
		assertThat(status.get(0).get("nodeid").asInt()).isZero();
		assertThat(status.get(0).get("local").asInt()).isEqualTo(1);
		assertThat(status.get(0).get("online").asInt()).isEqualTo(1);
	}

	@Test
	@DisplayName("Reads: /cluster/resources mixes node, qemu, lxc, storage, sdn; ?type= filters; bad type is a 400")
	void clusterResources() {
		JsonNode all = client.data("/cluster/resources");
		assertThat(SimulatorHttp.texts(all, "type")).contains("node", "qemu", "lxc", "storage", "sdn");
		JsonNode vms = client.data("/cluster/resources?type=vm");
		assertThat(vms).hasSize(7);
		JsonNode pfsense = find(vms, "id", "qemu/100");
		assertThat(pfsense.get("vmid").isInt()).isTrue();
		assertThat(pfsense.get("template").asInt()).isZero();
		assertThat(pfsense.get("disk").asLong()).isZero();
		assertThat(pfsense.get("tags").asString()).isEqualTo("critical;network");
		assertThat(find(vms, "id", "qemu/9000").get("template").asInt()).isEqualTo(1);
		assertThat(find(vms, "id", "lxc/200").get("disk").asLong()).isPositive();
		assertThat(client.data("/cluster/resources?type=node").get(0).get("cgroup-mode").asInt()).isEqualTo(2);
		// local and local-lvm, plus the backup storages of the first node; the unplugged
		// USB disk has no sizes
		JsonNode storages = client.data("/cluster/resources?type=storage");
		assertThat(storages).hasSize(5);
		assertThat(find(storages, "storage", "usb-backup").get("status").asString()).isEqualTo("unknown");
		assertThat(find(storages, "storage", "usb-backup").has("maxdisk")).isFalse();
		assertThat(find(storages, "storage", "nas-backup").get("shared").asInt()).isEqualTo(1);
		SimulatorHttp.Response bad = client.get("/cluster/resources?type=vms");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").get("type").asString()).contains("enumeration");
	}

	@Test
	@DisplayName("Reads: qemu list omits template unless set and pid unless running; lxc list has type and swap")
	void guestLists() {
		JsonNode qemu = client.data("/nodes/pve/qemu");
		assertThat(SimulatorHttp.texts(qemu, "name")).containsExactlyInAnyOrder("pfsense", "homeassistant",
				"docker-host", "win11-lab", "debian-12-template");
		JsonNode running = find(qemu, "vmid", "101");
		assertThat(running.get("vmid").isInt()).isTrue();
		assertThat(running.get("pid").isInt()).isTrue();
		assertThat(running.has("template")).isFalse();
		JsonNode stopped = find(qemu, "vmid", "103");
		assertThat(stopped.get("status").asString()).isEqualTo("stopped");
		assertThat(stopped.has("pid")).isFalse();
		assertThat(stopped.get("uptime").asLong()).isZero();
		assertThat(stopped.get("cpus").asInt()).isEqualTo(4);
		JsonNode lxc = client.data("/nodes/pve/lxc");
		JsonNode pihole = find(lxc, "vmid", "200");
		assertThat(pihole.get("type").asString()).isEqualTo("lxc");
		assertThat(pihole.get("vmid").isInt()).isTrue();
		assertThat(pihole.get("maxswap").asLong()).isEqualTo(512L << 20);
		assertThat(pihole.has("lock")).isFalse();
	}

	@Test
	@DisplayName("Reads: status/current: running has qmpstatus, ha, nics, proxmox-support booleans; stopped is short, cpu 0")
	void statusCurrent() {
		JsonNode running = client.data("/nodes/pve/qemu/101/status/current");
		assertThat(running.get("qmpstatus").asString()).isEqualTo("running");
		assertThat(running.get("ha").get("managed").asInt()).isZero();
		assertThat(running.get("agent").asInt()).isEqualTo(1);
		assertThat(running.get("proxmox-support").get("pbs-dirty-bitmap").isBoolean()).isTrue();
		assertThat(running.get("nics").has("tap101i0")).isTrue();
		assertThat(running.get("running-qemu").asString()).isNotEmpty();
		assertThat(running.get("cpu").asDouble()).isBetween(0.0, 1.0);
		assertThat(running.get("mem").asLong()).isLessThan(running.get("maxmem").asLong());
		JsonNode stopped = client.data("/nodes/pve/qemu/103/status/current");
		assertThat(stopped.get("qmpstatus").asString()).isEqualTo("stopped");
		assertThat(stopped.get("cpu").isInt()).isTrue();
		assertThat(stopped.get("cpu").asInt()).isZero();
		assertThat(stopped.has("running-qemu")).isFalse();
		assertThat(client.data("/nodes/pve/lxc/200/status/current").has("qmpstatus")).isFalse();
	}

	@Test
	@DisplayName("Reads: config keys as stored, memory a string from 8.1, digest, parent after snapshots")
	void config() {
		JsonNode pfsense = client.data("/nodes/pve/qemu/100/config");
		assertThat(pfsense.get("hostpci0").asString()).startsWith("0000:02:00.0");
		assertThat(pfsense.get("hostpci1").asString()).startsWith("0000:03:00.0");
		assertThat(pfsense.get("onboot").asInt()).isEqualTo(1);
		assertThat(pfsense.get("startup").asString()).isEqualTo("order=1");
		assertThat(pfsense.get("memory").isString()).isTrue();
		assertThat(pfsense.get("memory").asString()).isEqualTo("2048");
		assertThat(pfsense.get("cores").isInt()).isTrue();
		assertThat(pfsense.get("digest").asString()).matches("[0-9a-f]{40}");
		assertThat(pfsense.has("parent")).isFalse();
		assertThat(client.data("/nodes/pve/qemu/101/config").get("parent").asString()).startsWith("weekly-");
		JsonNode pihole = client.data("/nodes/pve/lxc/200/config");
		assertThat(pihole.get("hostname").asString()).isEqualTo("pihole");
		assertThat(pihole.get("memory").isInt()).isTrue();
		assertThat(pihole.get("rootfs").asString()).startsWith("local-lvm:vm-200-disk-0");
	}

	@Test
	@DisplayName("Errors: a missing guest is a 500 with PVE's reason in the status line; an unknown path is a 501")
	void errors() {
		assertThat(client.statusLine("GET", "/nodes/pve/qemu/999/status/current"))
			.isEqualTo("HTTP/1.1 500 Configuration file 'nodes/pve/qemu-server/999.conf' does not exist");
		SimulatorHttp.Response missing = client.get("/nodes/pve/qemu/999/status/current");
		assertThat(missing.json().has("data")).isTrue();
		assertThat(missing.json().get("data").isNull()).isTrue();
		assertThat(missing.json().has("message")).isFalse();
		assertThat(client.statusLine("GET", "/nodes/pve/lxc/101/config"))
			.isEqualTo("HTTP/1.1 500 Configuration file 'nodes/pve/lxc/101.conf' does not exist");
		assertThat(client.statusLine("GET", "/nodes/pve/bogus"))
			.isEqualTo("HTTP/1.1 501 Method 'GET /nodes/pve/bogus' not implemented");
		assertThat(client.get("/nodes/pve/qemu/abc/status/current").json().get("errors").get("vmid").asString())
			.contains("type check ('integer') failed");
	}

	@Test
	@DisplayName("Reads: storages with totals, used, avail, used_fraction; content=backup filters")
	void storage() {
		JsonNode storages = client.data("/nodes/pve/storage");
		JsonNode local = find(storages, "storage", "local");
		assertThat(local.get("type").asString()).isEqualTo("dir");
		assertThat(local.get("content").asString()).isEqualTo("iso,vztmpl,backup");
		assertThat(local.get("used_fraction").isDouble()).isTrue();
		assertThat(local.get("avail").asLong() + local.get("used").asLong()).isEqualTo(local.get("total").asLong());
		assertThat(find(storages, "storage", "local-lvm").get("type").asString()).isEqualTo("lvmthin");
		assertThat(SimulatorHttp.texts(client.data("/nodes/pve/storage?content=backup"), "storage"))
			.containsExactly("local", "pbs-offsite", "nas-backup", "usb-backup");
		JsonNode usb = find(storages, "storage", "usb-backup");
		assertThat(usb.get("active").asInt()).isZero();
		assertThat(usb.get("enabled").asInt()).isEqualTo(1);
		assertThat(usb.has("total")).isFalse();
		assertThat(client.statusLine("GET", "/nodes/pve/storage/usb-backup/content"))
			.isEqualTo("HTTP/1.1 500 storage 'usb-backup' is not online");
		JsonNode isos = client.data("/nodes/pve/storage/local/content?content=iso");
		assertThat(SimulatorHttp.texts(isos, "content")).containsOnly("iso");
	}

	static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode item : array) {
			if (item.has(field) && item.get(field).asString().equals(value)) {
				return item;
			}
		}
		throw new AssertionError("no item with " + field + "=" + value + " in " + array);
	}

}
