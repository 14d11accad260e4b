package dev.pvedash.inventory;

import dev.pvedash.proxmox.GuestState;
import dev.pvedash.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.pvedash.proxmox.CountingSimulatorClient;
import dev.pvedash.simulator.PveSimulator;
import dev.pvedash.simulator.SimulatorExtension;
import dev.pvedash.simulator.SimulatorProperties;

/**
 * The poller with the real client over real HTTPS against the simulator, storing into the
 * migrated H2 (docs/proxmox-notes.md, Tasks and Reads; docs/polling.md; docs/security.md,
 * fault scenarios).
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ InventoryReader.class, InventoryWriter.class, InventoryVersion.class })
// every cycle commits, as in the app: the stored inventory is re-mapped after a commit
// (docs/polling.md, "Reading what was stored"), so the tables are emptied before each
// test
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class PollerSimulatorTests {

	@Autowired
	InventoryReader reader;

	@Autowired
	InventoryWriter writer;

	@Autowired
	InventoryVersion version;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	final SimulatorExtension simulators = new SimulatorExtension();

	PveSimulator simulator;

	CountingSimulatorClient pve;

	MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

	Poller poller;

	StoredInventory inventory;

	@BeforeEach
	void start() {
		List.of("poll_task", "poll_guest", "poll_storage", "poll_node")
			.forEach((table) -> this.jdbc.sql("delete from " + table).update());
		this.jdbc
			.sql("""
					update poll_endpoint set last_good_at = null, last_attempt_at = null, interval_ms = 10000,
					error_kind = null, error_message = null, last_sweep_at = null, failed_cycles = 0, nodes_hidden = false""")
			.update();
		this.simulator = this.simulators.simulator();
		this.pve = new CountingSimulatorClient(this.simulator);
		this.poller = new Poller(this.pve.client(), this.pve.connection(), this.reader, this.writer, this.transactions,
				this.clock, PollingProperties.defaults(), (event) -> {
				});
		this.inventory = new StoredInventory(this.reader, this.poller, this.pve.connection(), java.util.List::of,
				this.version);
	}

	@Test
	@DisplayName("docs/proxmox-notes.md, Reads: one cycle stores the N95 host, the 7 guests with their states, and the storages")
	void firstCycle() {
		assertThat(this.inventory.endpoint().neverRead()).isTrue();
		this.poller.cycle();
		EndpointState endpoint = this.inventory.endpoint();
		assertThat(endpoint.failing()).isFalse();
		assertThat(endpoint.lastGoodAt()).isEqualTo(this.clock.instant());
		assertThat(endpoint.interval()).isEqualTo(Duration.ofSeconds(60)); // nobody
																			// looked yet:
																			// idle
		List<HostView> hosts = this.inventory.hosts();
		assertThat(hosts).singleElement().satisfies((host) -> {
			assertThat(host.online()).isTrue();
			assertThat(host.cpuModel()).contains("N95");
			assertThat(host.threads()).isEqualTo(4);
			assertThat(host.memTotal()).isGreaterThan(15L << 30);
			assertThat(host.loadavg()).hasSize(3);
		});
		assertThat(this.inventory.guests()).extracting(GuestView::name)
			.containsExactlyInAnyOrder("pfsense", "homeassistant", "docker-host", "win11-lab", "pihole", "nginx-proxy",
					"debian-12-template");
		assertThat(this.inventory.guests()).extracting(GuestView::vmid).isSorted();
		assertThat(guest(103).state()).isEqualTo(GuestState.STOPPED);
		assertThat(guest(100).state()).isEqualTo(GuestState.RUNNING);
		assertThat(guest(9000).template()).isTrue();
		assertThat(this.inventory.storages()).extracting(StorageView::storage).contains("local", "local-lvm");
		GuestDetail pfsense = this.inventory.guest(100).orElseThrow();
		assertThat(pfsense.onboot()).isTrue();
		assertThat(pfsense.startupOrder()).isEqualTo(1);
		assertThat(pfsense.pciDevices()).hasSize(2);
		assertThat(pfsense.configAsOf()).isNotNull();
	}

	@Test
	@DisplayName("Polling: the second cycle makes no per-guest call when nothing changed")
	void secondCycleIsConstant() {
		this.poller.cycle();
		List<String> first = this.pve.takePaths();
		assertThat(first).hasSize(3 + 7).filteredOn((p) -> p.endsWith("/config")).hasSize(7);
		this.clock.advance(Duration.ofSeconds(60));
		this.poller.cycle();
		assertThat(this.pve.takePaths()).containsExactly("/cluster/resources", "/nodes/pve/status", "/nodes/pve/tasks");
	}

	@Test
	@DisplayName("Tasks: a guest with snapshot activity gets its config re-read; its task is listed")
	void activityRereadsConfig() {
		this.poller.cycle();
		this.pve.client().snapshotCreate("pve", dev.pvedash.proxmox.GuestType.QEMU, 101, "before_upgrade", null, false);
		this.pve.takePaths();
		this.clock.advance(Duration.ofSeconds(60));
		this.poller.cycle();
		assertThat(this.pve.takePaths()).contains("/nodes/pve/qemu/101/config").noneMatch((p) -> p.contains("/100/"));
		assertThat(this.inventory.recentTasks(101, 10)).extracting(TaskView::type).contains("qmsnapshot");
	}

	@Test
	@DisplayName("Errors, 501: endpoints a host does not offer degrade to 'not available' without failing the cycle")
	void notImplementedEndpointsDegrade() {
		this.simulator.faults()
			.failPath("/nodes/pve/(status|tasks|qemu/\\d+/config|lxc/\\d+/config)", 501,
					"Method 'GET /nodes/pve/status' not implemented");
		this.poller.cycle();
		assertThat(this.inventory.endpoint().failing()).isFalse();
		assertThat(this.inventory.guests()).hasSize(7);
		HostView host = this.inventory.hosts().get(0);
		assertThat(host.online()).isTrue();
		assertThat(host.memTotal()).isNotNull(); // from /cluster/resources
		assertThat(host.cpuModel()).isNull(); // only node status knows it: unknown, not
												// invented
		assertThat(this.inventory.guest(100).orElseThrow().configAsOf()).isNull();
		this.pve.takePaths();
		this.clock.advance(Duration.ofSeconds(60));
		this.poller.cycle();
		assertThat(this.pve.takePaths()).noneMatch((p) -> p.endsWith("/config")); // not
																					// asked
																					// again
																					// every
																					// cycle
	}

	@Test
	@DisplayName("docs/security.md F4: node unreachable (595) keeps the host's last values and the guests")
	void nodeUnreachable() {
		this.poller.cycle();
		HostView before = this.inventory.hosts().get(0);
		this.simulator.faults().nodeUnreachable("pve");
		this.clock.advance(Duration.ofSeconds(60));
		this.poller.cycle();
		HostView after = this.inventory.hosts().get(0);
		assertThat(after.online()).isFalse();
		assertThat(after.memTotal()).isEqualTo(before.memTotal());
		assertThat(after.cpuModel()).isEqualTo(before.cpuModel());
		assertThat(after.asOf()).isEqualTo(before.asOf());
		assertThat(this.inventory.guests()).hasSize(7);
	}

	@Test
	@DisplayName("docs/security.md F5: a revoked token (401) records AUTHENTICATION and keeps the data")
	void revokedToken() {
		this.poller.cycle();
		Instant good = this.clock.instant();
		this.simulator.faults().revokeToken();
		this.clock.advance(Duration.ofSeconds(60));
		this.poller.cycle();
		EndpointState endpoint = this.inventory.endpoint();
		assertThat(endpoint.errorKind()).isEqualTo("AUTHENTICATION");
		assertThat(endpoint.lastGoodAt()).isEqualTo(good);
		assertThat(endpoint.lastAttemptAt()).isEqualTo(this.clock.instant());
		assertThat(this.inventory.guests()).hasSize(7);
		assertThat(this.inventory.hosts()).hasSize(1);
	}

	@Test
	@DisplayName("docs/security.md F6: a 403 records PERMISSION and keeps the data")
	void permissionDenied() {
		this.poller.cycle();
		this.simulator.faults().failPath("/cluster/resources", 403, "Permission check failed (/, Sys.Audit)");
		this.clock.advance(Duration.ofSeconds(60));
		this.poller.cycle();
		assertThat(this.inventory.endpoint().errorKind()).isEqualTo("PERMISSION");
		assertThat(this.inventory.guests()).hasSize(7);
	}

	@Test
	@DisplayName("TLS (docs/security.md F7): a changed certificate records TLS with both fingerprints")
	void certificateChanged() {
		this.poller.cycle();
		String served = this.simulator.faults().changeCertificate();
		this.clock.advance(Duration.ofSeconds(60));
		this.poller.cycle();
		EndpointState endpoint = this.inventory.endpoint();
		assertThat(endpoint.errorKind()).isEqualTo("TLS");
		assertThat(endpoint.errorMessage()).containsIgnoringCase(served.substring(0, 8));
		assertThat(this.inventory.guests()).hasSize(7);
	}

	@Test
	@DisplayName("docs/security.md F2: slow answers still complete the cycle within the read timeout")
	void slowAnswers() {
		this.simulator.faults().latency(Duration.ofMillis(400));
		long started = System.nanoTime();
		this.poller.cycle();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
		assertThat(this.inventory.endpoint().failing()).isFalse();
		assertThat(this.inventory.guests()).hasSize(7);
	}

	@Test
	@DisplayName("refreshGuest makes one status call and updates the row")
	void refreshGuest() {
		this.poller.cycle();
		this.pve.takePaths();
		this.clock.advance(Duration.ofSeconds(5));
		this.poller.refreshGuest(102);
		assertThat(this.pve.takePaths()).containsExactly("/nodes/pve/qemu/102/status/current");
		assertThat(guest(102).asOf()).isEqualTo(this.clock.instant());
	}

	@Test
	@DisplayName("docs/polling.md, Reading what was stored: pages share one mapping until a write commits; the next read shows it")
	void mappedOncePerWrite() {
		this.poller.cycle();
		List<GuestView> mapped = this.inventory.guests();
		assertThat(this.inventory.guests()).isSameAs(mapped);
		assertThat(this.inventory.guestDetails()).isSameAs(this.inventory.guestDetails());
		assertThat(this.inventory.guest(102)).map(GuestDetail::guest)
			.containsSame(mapped.stream().filter((g) -> g.vmid() == 102).findFirst().orElseThrow());

		this.clock.advance(Duration.ofSeconds(5));
		this.poller.refreshGuest(102);
		assertThat(this.inventory.guests()).isNotSameAs(mapped);
		assertThat(this.inventory.guest(102).orElseThrow().guest().asOf()).isEqualTo(this.clock.instant());

		List<GuestView> refreshed = this.inventory.guests();
		this.clock.advance(Duration.ofSeconds(10));
		this.poller.cycle();
		assertThat(this.inventory.guests()).isNotSameAs(refreshed)
			.allSatisfy((g) -> assertThat(g.asOf()).isEqualTo(this.clock.instant()));
	}

	@Test
	@DisplayName("docs/polling.md Staleness: PVE unreachable, 'stale' within 25 s of the last good read despite the back-off; "
			+ "one failed cycle is 'retrying', the next the red banner; recovery clears within one cycle")
	void staleOnTimeGraceAndRecovery() {
		this.poller.pageViewed();
		seconds(30, true);
		Instant good = this.inventory.endpoint().lastGoodAt();
		assertThat(good).isNotNull();
		this.simulator.faults().refuseConnections();
		Instant staleSince = null;
		boolean sawRetrying = false;
		while (staleSince == null || !this.inventory.endpoint().alarming()) {
			seconds(1, true);
			EndpointState endpoint = this.inventory.endpoint();
			if (endpoint.failing() && endpoint.failedCycles() == 1) {
				sawRetrying = true;
				assertThat(endpoint.retrying()).isTrue();
				assertThat(endpoint.alarming()).isFalse();
			}
			if (staleSince == null && endpoint.stale(this.clock.instant())) {
				staleSince = this.clock.instant();
			}
			assertThat(this.clock.instant()).isBefore(good.plusSeconds(120));
		}
		assertThat(sawRetrying).isTrue();
		assertThat(Duration.between(good, staleSince)).isLessThanOrEqualTo(Duration.ofSeconds(25));
		assertThat(this.inventory.endpoint().failedCycles()).isGreaterThanOrEqualTo(2);
		this.simulator.faults().acceptConnections();
		Duration backedOff = this.poller.currentInterval();
		assertThat(backedOff).isGreaterThan(Duration.ofSeconds(10));
		seconds((int) backedOff.toSeconds() + 1, true);
		EndpointState recovered = this.inventory.endpoint();
		assertThat(recovered.failing()).isFalse();
		assertThat(recovered.stale(this.clock.instant())).isFalse();
		assertThat(recovered.failedCycles()).isZero();
	}

	@Test
	@DisplayName("docs/polling.md Staleness: the first view after an idle period asks for a cycle at once: 'refreshing', then fresh")
	void firstViewAfterIdleRefreshes() {
		this.poller.cycle();
		this.simulator.faults().refuseConnections();
		for (int i = 0; i < 2; i++) { // nobody looks; two failed idle cycles back off to
										// 40 s
			this.clock.advance(Duration.ofSeconds(60));
			this.poller.cycle();
		}
		this.simulator.faults().acceptConnections();
		this.clock.advance(Duration.ofSeconds(25)); // the back-off alone would wait 15 s
													// more
		this.poller.pageViewed();
		EndpointState arriving = this.inventory.endpoint();
		assertThat(arriving.refreshing()).isTrue();
		this.pve.takePaths();
		this.poller.pollIfDue(); // the next tick, same second
		assertThat(this.pve.takePaths()).first().isEqualTo("/cluster/resources");
		EndpointState fresh = this.inventory.endpoint();
		assertThat(fresh.refreshing()).isFalse();
		assertThat(fresh.stale(this.clock.instant())).isFalse();
		assertThat(fresh.failing()).isFalse();
		this.poller.pageViewed(); // while active, views ask for nothing more
		assertThat(this.inventory.endpoint().refreshing()).isFalse();
	}

	@Test
	@DisplayName("docs/security.md F4: an unreachable node keeps PVE's 595 reason for its card; it clears with the next good read")
	void unreachableNodeKeepsItsReason() {
		this.poller.cycle();
		this.simulator.faults().nodeUnreachable("pve", "Connection timed out <b>");
		this.clock.advance(Duration.ofSeconds(60));
		this.poller.cycle();
		assertThat(this.inventory.hosts().get(0).statusError()).isEqualTo("595 Connection timed out <b>");
		this.simulator.faults().reset();
		this.clock.advance(Duration.ofSeconds(10));
		this.poller.cycle();
		assertThat(this.inventory.hosts().get(0).online()).isTrue();
		assertThat(this.inventory.hosts().get(0).statusError()).isNull();
	}

	@Test
	@DisplayName("docs/polling.md Per-path back-off: guest configs answering 501 are asked in cycles 1, 3, 6, 11, not every cycle")
	void refusedConfigsBackOffPerPath() {
		this.simulator.faults().notImplemented("/nodes/pve/qemu/100/config");
		List<Integer> asked = new java.util.ArrayList<>();
		for (int cycle = 1; cycle <= 12; cycle++) {
			this.poller.cycle();
			if (this.pve.takePaths().contains("/nodes/pve/qemu/100/config")) {
				asked.add(cycle);
			}
			this.clock.advance(Duration.ofSeconds(10));
		}
		assertThat(asked).containsExactly(1, 3, 6, 11);
		GuestDetail pfsense = this.inventory.guest(100).orElseThrow();
		assertThat(pfsense.configAsOf()).isNull();
		assertThat(pfsense.configError()).isEqualTo("501 Method 'GET /nodes/pve/qemu/100/config' not implemented");
		assertThat(this.inventory.guest(101).orElseThrow().configError()).isNull();
		assertThat(this.inventory.endpoint().failing()).isFalse();
	}

	@Test
	@DisplayName("docs/polling.md Partial visibility: PVE 6.2 listing five guests and no nodes stores every guest, with the banner")
	void guestsWithoutNodesAreStillData() {
		this.simulator = this.simulators.start(
				SimulatorProperties.defaults().withPort(0).withTimeScale(0.02).withPveVersion("6.2-4").withScale(1, 5));
		this.simulator.faults().withoutSysAudit(true);
		this.pve = new CountingSimulatorClient(this.simulator);
		this.poller = new Poller(this.pve.client(), this.pve.connection(), this.reader, this.writer, this.transactions,
				this.clock, PollingProperties.defaults(), (event) -> {
				});
		this.inventory = new StoredInventory(this.reader, this.poller, this.pve.connection(), java.util.List::of,
				this.version);
		this.poller.cycle();
		EndpointState endpoint = this.inventory.endpoint();
		assertThat(endpoint.failing()).isFalse();
		assertThat(endpoint.nodesHidden()).isTrue();
		assertThat(endpoint.lastGoodAt()).isEqualTo(this.clock.instant());
		assertThat(this.inventory.guests()).extracting(GuestView::vmid).containsExactly(100, 101, 102, 103, 200);
		assertThat(this.inventory.guest(100).orElseThrow().configAsOf()).isNotNull(); // VM.Audit
																						// suffices
		assertThat(this.inventory.hosts()).isEmpty();
	}

	/**
	 * The real scheduler: a tick per second, a page view every 10 s while {@code viewed}.
	 */
	private void seconds(int count, boolean viewed) {
		for (int i = 0; i < count; i++) {
			if (viewed && this.clock.instant().getEpochSecond() % 10 == 0) {
				this.poller.pageViewed();
			}
			this.poller.pollIfDue();
			this.clock.advance(Duration.ofSeconds(1));
		}
	}

	private GuestView guest(int vmid) {
		return this.inventory.guests().stream().filter((g) -> g.vmid() == vmid).findFirst().orElseThrow();
	}

}
