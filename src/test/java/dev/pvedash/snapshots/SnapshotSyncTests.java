package dev.pvedash.snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;

import dev.pvedash.guests.ActionState;
import dev.pvedash.guests.GuestAction;
import dev.pvedash.guests.GuestActionEnded;
import dev.pvedash.proxmox.CountingSimulatorClient;
import dev.pvedash.proxmox.GuestType;
import dev.pvedash.proxmox.Upid;
import dev.pvedash.simulator.PveSimulator;
import dev.pvedash.simulator.SimulatorExtension;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.Homelabs;
import dev.pvedash.support.MutableClock;

/**
 * The sync with the real client over HTTPS against the simulator's reference homelab,
 * storing into the migrated H2 (docs/snapshots.md "When lists are read"; PVE's list:
 * docs/snapshots.md "What PVE sends").
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ SnapshotHistory.class, SnapshotsVersion.class, SyncStates.class, HistoryWriter.class })
class SnapshotSyncTests {

	@Autowired
	SnapshotHistory history;

	@Autowired
	SyncStates states;

	@Autowired
	HistoryWriter writer;

	@RegisterExtension
	final SimulatorExtension simulators = new SimulatorExtension();

	PveSimulator simulator;

	CountingSimulatorClient pve;

	MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

	FakeInventory inventory = new FakeInventory();

	SnapshotSync sync;

	@BeforeEach
	void start() {
		this.simulator = this.simulators.simulator();
		this.pve = new CountingSimulatorClient(this.simulator);
		Homelabs.fill(this.inventory, this.clock.instant());
		this.sync = sync(SnapshotsProperties.defaults());
	}

	@Test
	@DisplayName("new guests are read once (templates too); the next run reads nothing; current is never a row")
	void newGuestsReadOnce() {
		assertThat(this.sync.run()).containsExactly(100, 101, 102, 103, 200, 201, 9000);
		assertThat(this.pve.takePaths()).hasSize(7).allMatch(p -> p.endsWith("/snapshot"));
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(this.sync.run()).isEmpty();
		assertThat(this.pve.takePaths()).isEmpty();
		assertThat(this.history.live(101)).hasSize(4)
			.extracting(StoredSnapshot::name)
			.allMatch(n -> n.startsWith("weekly-"));
		assertThat(this.history.allLive()).noneMatch(s -> s.name().equals("current"));
		assertThat(this.states.find(101).orElseThrow().currentParent()).isEqualTo(this.history.live(101).get(0).name());
	}

	@Test
	@DisplayName("at most readsPerRun lists per run, so thousands of guests never burst")
	void capPerRun() {
		this.sync = sync(new SnapshotsProperties(Duration.ofDays(8), 5, Duration.ofDays(60), Duration.ofHours(6), 3,
				Duration.ofMinutes(1), Duration.ofHours(1), 50));
		assertThat(this.sync.run()).hasSize(3);
		assertThat(this.sync.run()).hasSize(3);
		assertThat(this.sync.run()).hasSize(1);
		assertThat(this.sync.run()).isEmpty();
	}

	@Test
	@DisplayName("a snapshot task in the stored task list re-reads that guest only; a sweep re-reads all after 6 h")
	void taskAndSweep() {
		this.sync.run();
		Upid upid = this.pve.client().snapshotCreate("pve", GuestType.QEMU, 101, "before_upgrade", "note", false);
		waitFor(upid);
		this.clock.advance(Duration.ofSeconds(30));
		SimulatorTasks.poll(this.pve.client(), this.inventory, this.clock.instant());
		this.pve.takePaths();
		assertThat(this.sync.run()).containsExactly(101);
		assertThat(this.history.live(101)).extracting(StoredSnapshot::name).contains("before_upgrade");
		this.clock.advance(Duration.ofSeconds(30));
		SimulatorTasks.poll(this.pve.client(), this.inventory, this.clock.instant());
		assertThat(this.sync.run()).isEmpty(); // the same task is not news twice
		this.clock.advance(Duration.ofHours(6));
		assertThat(this.sync.run()).hasSize(7);
	}

	@Test
	@DisplayName("a deleted snapshot is marked with the time noticed and stays in history")
	void deletedIsMarkedNotRemoved() {
		this.sync.run();
		String oldest = this.history.live(101).get(3).name();
		waitFor(this.pve.client().snapshotDelete("pve", GuestType.QEMU, 101, oldest));
		this.clock.advance(Duration.ofSeconds(20));
		SimulatorTasks.poll(this.pve.client(), this.inventory, this.clock.instant());
		this.sync.run();
		assertThat(this.history.live(101)).hasSize(3).noneMatch(s -> s.name().equals(oldest));
		assertThat(this.history.all(101)).filteredOn(s -> s.name().equals(oldest))
			.singleElement()
			.satisfies(s -> assertThat(s.deletedAt()).isEqualTo(this.clock.instant()));
	}

	@Test
	@DisplayName("a failed read backs off 1 min, then 2 min, not every run; success clears the back-off")
	void backOff() {
		this.simulator.faults().serverError("/nodes/pve/qemu/102/snapshot", "VM 102 does not exist");
		this.sync.run();
		GuestSyncState failed = this.states.find(102).orElseThrow();
		assertThat(failed.failures()).isEqualTo(1);
		assertThat(failed.lastError()).contains("does not exist");
		this.clock.advance(Duration.ofSeconds(50));
		assertThat(this.sync.run()).isEmpty();
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(this.sync.run()).containsExactly(102);
		this.clock.advance(Duration.ofSeconds(90));
		assertThat(this.sync.run()).isEmpty();
		this.simulator.faults().reset();
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(this.sync.run()).containsExactly(102);
		assertThat(this.states.find(102).orElseThrow().lastError()).isNull();
	}

	@Test
	@DisplayName("our own snapshot is read at the next run and credited to its user, even after the task ended")
	void ownAction() {
		this.sync.run();
		Upid upid = this.pve.client().snapshotCreate("pve", GuestType.LXC, 200, "before_v7", null, false);
		waitFor(upid);
		new OwnActionListener(this.states, this.clock)
			.ended(new GuestActionEnded(1, this.clock.instant(), "alice", "127.0.0.1", "pve", 200, "pihole",
					GuestAction.SNAPSHOT, "before_v7", upid.toString(), ActionState.OK, "OK", Duration.ofSeconds(2)));
		assertThat(this.sync.run()).containsExactly(200);
		assertThat(this.history.live(200)).filteredOn(s -> s.name().equals("before_v7"))
			.singleElement()
			.satisfies(s -> {
				assertThat(s.madeBy()).isEqualTo(MadeBy.DASHBOARD_USER);
				assertThat(s.madeByWho()).isEqualTo("alice");
			});
	}

	@Test
	@DisplayName("a guest gone from the inventory is not read and keeps its history")
	void goneGuestKeepsHistory() {
		this.sync.run();
		this.inventory.guests.removeIf(d -> d.guest().vmid() == 101);
		this.clock.advance(Duration.ofHours(7));
		assertThat(this.sync.run()).doesNotContain(101);
		assertThat(this.history.live(101)).hasSize(4);
	}

	private SnapshotSync sync(SnapshotsProperties properties) {
		return new SnapshotSync(this.pve.client(), this.pve.connection(), this.inventory, this.states, this.writer,
				this.clock, properties);
	}

	private void waitFor(Upid upid) {
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.pve.client().taskStatus(upid).running());
	}

}
