package dev.pvedash.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.pvedash.simulator.PveSimulator;
import dev.pvedash.simulator.SimulatorExtension;
import dev.pvedash.simulator.SimulatorProperties;

/**
 * The client's contract, run against the built-in simulator over real HTTPS with the
 * pinned certificate: what the client expects and what the simulator serves cannot drift
 * apart. Display names start with the doc or the section of docs/proxmox-notes.md they
 * check.
 */
class SimulatorContractTests {

	@RegisterExtension
	final SimulatorExtension simulators = new SimulatorExtension();

	PveSimulator simulator;

	ProxmoxClient client;

	@BeforeEach
	void start() {
		this.simulator = this.simulators.simulator();
		this.client = SimulatorClients.client(this.simulator);
	}

	@Test
	@DisplayName("Reads: version and the reference homelab's resources")
	void inventory() {
		assertThat(this.client.version().major()).isEqualTo(8);
		ClusterResources resources = this.client.clusterResources();
		assertThat(resources.nodes()).extracting(NodeResource::node).containsExactly("pve");
		assertThat(resources.guests()).extracting(GuestResource::name)
			.containsExactlyInAnyOrder("pfsense", "homeassistant", "docker-host", "win11-lab", "pihole", "nginx-proxy",
					"debian-12-template");
		assertThat(resources.storages()).extracting(StorageResource::storage).contains("local", "local-lvm");
		GuestResource win11 = guest(resources, 103);
		assertThat(win11.state()).isEqualTo(GuestState.STOPPED);
		assertThat(win11.uptime()).satisfiesAnyOf(u -> assertThat(u).isNull(), u -> assertThat(u).isZero());
		assertThat(guest(resources, 9000).template()).isTrue();
	}

	@Test
	@DisplayName("Reads: node status of the N95 host")
	void nodeStatus() {
		NodeStatus status = this.client.nodeStatus("pve");
		assertThat(status.cpuinfo().model()).contains("N95");
		assertThat(status.cpuinfo().cores()).isEqualTo(4);
		assertThat(status.cpuinfo().cpus()).isEqualTo(4);
		assertThat(status.memory().total()).isGreaterThan(15L * 1024 * 1024 * 1024);
		assertThat(status.loadavg()).hasSize(3);
		assertThat(status.pveversion()).contains("pve-manager/8");
	}

	@Test
	@DisplayName("Reads: pfSense config with passthrough NICs, boot order and tags")
	void pfsenseConfig() {
		GuestConfig config = this.client.guestConfig("pve", GuestType.QEMU, 100);
		assertThat(config.name()).isEqualTo("pfsense");
		assertThat(config.pciDevices()).extracting(GuestConfig.PciDevice::key)
			.containsExactlyInAnyOrder("hostpci0", "hostpci1");
		assertThat(config.onboot()).isTrue();
		assertThat(config.startup().order()).isEqualTo(1);
		assertThat(config.tags()).contains("critical", "network");
	}

	@Test
	@DisplayName("docs/pve-backups-and-snapshots.md: weekly snapshot chain on 101, none on 100; local holds only 102's backups")
	void snapshotsAndBackups() {
		Snapshots snapshots = this.client.snapshots("pve", GuestType.QEMU, 101);
		assertThat(snapshots.chain()).hasSize(4).allSatisfy(s -> assertThat(s.name()).startsWith("weekly-"));
		assertThat(this.client.snapshots("pve", GuestType.QEMU, 100).isEmpty()).isTrue();
		List<Backup> backups = this.client.backups("pve", "local", null);
		assertThat(backups).extracting(Backup::vmid).containsOnly(102);
	}

	@Test
	@DisplayName("Actions, Tasks and UPIDs: start runs as a task the client follows to OK")
	void startTask() {
		Upid upid = this.client.start("pve", GuestType.QEMU, 103);
		assertThat(upid.type()).isEqualTo("qmstart");
		assertThat(upid.vmid()).isEqualTo(103);
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.client.taskStatus(upid).running());
		assertThat(this.client.taskStatus(upid).succeeded()).isTrue();
		assertThat(this.client.guestStatus("pve", GuestType.QEMU, 103).state()).isEqualTo(GuestState.RUNNING);
	}

	@Test
	@DisplayName("Actions: start on a running VM fails inside the task; suspend on a stopped VM fails at once")
	void bothFailurePaths() {
		Upid upid = this.client.start("pve", GuestType.QEMU, 101);
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.client.taskStatus(upid).running());
		TaskStatus status = this.client.taskStatus(upid);
		assertThat(status.failed()).isTrue();
		assertThat(status.exitStatus().text()).contains("already running");
		assertThatExceptionOfType(ProxmoxApiException.class)
			.isThrownBy(() -> this.client.suspend("pve", GuestType.QEMU, 103, false))
			.satisfies(ex -> assertThat(ex.kind()).isEqualTo(ProxmoxException.Kind.SERVER))
			.satisfies(ex -> assertThat(ex.reason()).contains("not running"));
	}

	@Test
	@DisplayName("Errors: a missing guest is a 500 with PVE's reason, not a 404")
	void missingGuest() {
		assertThatExceptionOfType(ProxmoxApiException.class)
			.isThrownBy(() -> this.client.guestStatus("pve", GuestType.QEMU, 999))
			.satisfies(ex -> assertThat(ex.status()).isEqualTo(500))
			.satisfies(ex -> assertThat(ex.reason()).contains("999"));
	}

	@Test
	@DisplayName("Errors: revoked token, missing privilege, unreachable node")
	void typedFailures() {
		this.simulator.faults().readOnlyToken(true);
		assertThatExceptionOfType(ProxmoxPermissionException.class)
			.isThrownBy(() -> this.client.stop("pve", GuestType.QEMU, 102))
			.satisfies(ex -> assertThat(ex.privilege()).contains("VM.PowerMgmt"))
			.satisfies(ex -> assertThat(ex.aclPath()).contains("/vms/102"));
		this.simulator.faults().reset();
		this.simulator.faults().nodeUnreachable("pve");
		assertThatExceptionOfType(ProxmoxException.class).isThrownBy(() -> this.client.nodeStatus("pve"))
			.satisfies(ex -> assertThat(ex.kind()).isEqualTo(ProxmoxException.Kind.NODE_UNREACHABLE));
		this.simulator.faults().reset();
		this.simulator.faults().revokeToken();
		assertThatExceptionOfType(ProxmoxException.class).isThrownBy(() -> this.client.version())
			.satisfies(ex -> assertThat(ex.kind()).isEqualTo(ProxmoxException.Kind.AUTHENTICATION));
	}

	@Test
	@DisplayName("TLS: a changed certificate is refused and both fingerprints are named")
	void certificateChange() {
		String pinned = this.simulator.fingerprint();
		String presented = this.simulator.faults().changeCertificate();
		assertThatExceptionOfType(ProxmoxTlsException.class).isThrownBy(() -> this.client.version())
			.withMessageContaining("certificate changed")
			.withMessageContaining(pinned)
			.withMessageContaining(presented);
	}

	private static GuestResource guest(ClusterResources resources, int vmid) {
		return resources.guests().stream().filter(g -> g.vmid() == vmid).findFirst().orElseThrow();
	}

	@Test
	@DisplayName("Reads: storage rrddata, used and total per point, on the PVE 8 and PVE 9 layouts")
	void storageRrd() {
		List<StorageRrdPoint> hour = this.client.storageRrd("pve", "local-lvm", RrdTimeframe.HOUR, RrdCf.AVERAGE);
		assertThat(hour).hasSize(70);
		assertThat(hour.get(1).time().getEpochSecond() - hour.get(0).time().getEpochSecond()).isEqualTo(60);
		StorageRrdPoint last = hour.get(hour.size() - 1);
		assertThat(last.total()).isPositive();
		assertThat(last.used()).isBetween(0.0, last.total());
		List<StorageRrdPoint> year = this.client.storageRrd("pve", "local-lvm", RrdTimeframe.YEAR, RrdCf.MAX);
		assertThat(year.get(0).used()).isLessThanOrEqualTo(last.used());
		assertThatExceptionOfType(ProxmoxException.class)
			.isThrownBy(() -> this.client.storageRrd("pve", "nosuch", RrdTimeframe.DAY, RrdCf.AVERAGE));
		this.simulator = this.simulators
			.start(SimulatorProperties.defaults().withPort(0).withTimeScale(0.02).withPveVersion("9.0.3"));
		this.client = SimulatorClients.client(this.simulator);
		List<StorageRrdPoint> day = this.client.storageRrd("pve", "local", RrdTimeframe.DAY, RrdCf.AVERAGE);
		assertThat(day).hasSize(1_440);
		assertThat(day.get(1).time().getEpochSecond() - day.get(0).time().getEpochSecond()).isEqualTo(60);
	}

}
