package dev.pvedash.snapshots;

import static dev.pvedash.snapshots.ScheduleFixtures.form;
import static dev.pvedash.snapshots.ScheduleFixtures.moveTo;
import static dev.pvedash.snapshots.ScheduleFixtures.nextFire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.pvedash.proxmox.GuestType;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.Snapshot;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.MutableClock;

/**
 * The runner with a fixed clock and the real client against the simulator
 * (docs/snapshot-schedules.md).
 */
@ScheduleClockSlice
class ScheduledSnapshotRunnerTests {

	static final String WEEKLY = ScheduleForm.WEEKLY;

	@Autowired
	ScheduledSnapshotRunner runner;

	@Autowired
	Schedules schedules;

	@Autowired
	ScheduleRunRepository runs;

	@Autowired
	ScheduleHealth health;

	@Autowired
	FakeInventory inventory;

	@Autowired
	ProxmoxClient client;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SnapshotsVersion version;

	@BeforeEach
	void clean() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select count(*) from guest_action where in_flight_vmid is not null")
				.query(Long.class)
				.single() == 0);
		this.jdbc.sql("delete from snapshot_schedule").update();
		this.version.written(); // as the repositories do after their writes
		ScheduleFixtures.reference(this.inventory);
		this.runner.started();
	}

	@Test
	@DisplayName("not due before its fire time; due at it: one SCHEDULED run that snapshots the guest in PVE")
	void dueAndNotDue() {
		long id = create("due", List.of(101), WEEKLY, 4, "due-");
		Instant fire = nextFire(this.clock, WEEKLY);
		moveTo(this.clock, fire.minusSeconds(60));
		this.runner.runDue();
		assertThat(this.runs.last(id, false)).isEmpty();
		moveTo(this.clock, fire.plusSeconds(10));
		ScheduleRun run = runToEnd(id);
		assertThat(run.trigger()).isEqualTo("SCHEDULED");
		assertThat(run.fireTime()).isEqualTo(fire);
		assertThat(run.state()).isEqualTo(RunState.OK);
		assertThat(run.snapshotName()).startsWith("due-").hasSize(4 + 15);
		assertThat(names(101)).contains(run.snapshotName());
		this.runner.runDue();
		assertThat(this.runs.page(id, 0, 10)).hasSize(1);
	}

	@Test
	@DisplayName("a run missed while the app was down is caught up once at start-up, and not again after the next restart")
	void caughtUpOnce() {
		long id = create("catchup", List.of(102), WEEKLY, 4, "catchup-");
		Instant fire = nextFire(this.clock, WEEKLY);
		moveTo(this.clock, fire.plus(Duration.ofHours(2)));
		this.runner.started(); // the app was down at the fire time
		ScheduleRun run = runToEnd(id);
		assertThat(run.trigger()).isEqualTo("CATCH_UP");
		assertThat(run.fireTime()).isEqualTo(fire);
		this.clock.advance(Duration.ofMinutes(30));
		this.runner.started();
		this.runner.runDue();
		assertThat(this.runs.page(id, 0, 10)).hasSize(1);
	}

	@Test
	@DisplayName("a miss older than the catch-up window is not run; the dead-man check shows it")
	void tooOldToCatchUp() {
		long id = create("stale", List.of(102), WEEKLY, 4, "stale-");
		Instant fire = nextFire(this.clock, WEEKLY);
		moveTo(this.clock, fire.plus(Duration.ofHours(13)));
		this.runner.started();
		this.runner.runDue();
		assertThat(this.runs.last(id, false)).isEmpty();
		moveTo(this.clock, fire.plus(Duration.ofDays(8)).plusSeconds(1));
		this.runner.started();
		this.runner.runDue();
		assertThat(this.health.overdue()).extracting(OverdueSchedule::name).containsExactly("stale");
	}

	@Test
	@DisplayName("a locked guest is tried 3 times, 5 min apart, then skipped with the reason; the run is not a success")
	void lockedRetriedThenSkipped() {
		ScheduleFixtures.guest(this.inventory, 102, "qemu", "docker-host", "backup", false);
		long id = create("locked", List.of(102), WEEKLY, 4, "locked-");
		this.schedules.runNow(id, "admin", "127.0.0.1");
		this.runner.runDue();
		ScheduledGuest guest = guest(id);
		assertThat(guest.step()).isEqualTo("WAITING");
		assertThat(guest.attempts()).isEqualTo(1);
		assertThat(guest.retryAt()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(5)));
		this.clock.advance(Duration.ofMinutes(4));
		this.runner.runDue();
		assertThat(guest(id).attempts()).isEqualTo(1);
		this.clock.advance(Duration.ofMinutes(1));
		this.runner.runDue();
		assertThat(guest(id).attempts()).isEqualTo(2);
		this.clock.advance(Duration.ofMinutes(5));
		this.runner.runDue();
		guest = guest(id);
		assertThat(guest.outcome()).isEqualTo(GuestOutcome.SKIPPED);
		assertThat(guest.reason()).contains("locked by Proxmox VE (backup)", "tried 3 times");
		assertThat(this.runs.last(id, false).orElseThrow().state()).isEqualTo(RunState.FAILED);
		assertThat(this.runs.last(id, true)).isEmpty();
	}

	@Test
	@DisplayName("a guest busy with another dashboard action is retried and then snapshotted")
	void busyGuestRetried() {
		this.jdbc.sql("""
				insert into guest_action (vmid, node, guest_type, guest_name, action, actor, requested_at, state,
				    in_flight_vmid)
				values (201, 'pve', 'lxc', 'nginx-proxy', 'start', 'bob', current_timestamp, 'CLAIMED', 201)""")
			.update();
		long id = create("busy", List.of(201), WEEKLY, 4, "busy-");
		this.schedules.runNow(id, "admin", "127.0.0.1");
		this.runner.runDue();
		assertThat(guest(id).reason()).contains("busy with another action (start)");
		this.jdbc.sql("update guest_action set in_flight_vmid = null, state = 'OK' where vmid = 201").update();
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(runToEnd(id).state()).isEqualTo(RunState.OK);
		assertThat(guest(id).attempts()).isEqualTo(2);
	}

	@Test
	@DisplayName("a guest on a storage above the limit is skipped with the reason; a template is skipped on purpose")
	void storageFullAndTemplate() {
		ScheduleFixtures.storage(this.inventory, 97);
		long id = create("full", List.of(101, 9000), WEEKLY, 4, "full-");
		this.schedules.runNow(id, "admin", "127.0.0.1");
		ScheduleRun run = runToEnd(id);
		List<ScheduledGuest> guests = this.runs.guests(run.id());
		assertThat(guests.get(0).outcome()).isEqualTo(GuestOutcome.SKIPPED);
		assertThat(guests.get(0).reason()).contains("local-lvm is 97 % full", "limit of 95 %");
		assertThat(guests.get(1).intentional()).isTrue();
		assertThat(run.state()).isEqualTo(RunState.FAILED);
		assertThat(names(101)).noneMatch(n -> n.startsWith("full-"));
	}

	@Test
	@DisplayName("pruning keeps the newest N of this schedule and never touches manual, cv4pve or other-prefix snapshots")
	void pruning() {
		for (String name : List.of("prune-20250101-030000", "prune-20250108-030000", "prune-20250115-030000",
				"autoweekly250101030000", "prune-db-20250101-030000")) {
			snapshot(200, name, name.startsWith("autoweekly") ? "cv4pve-autosnap" : null);
		}
		long id = create("prune", List.of(200), WEEKLY, 2, "prune-");
		this.schedules.runNow(id, "admin", "127.0.0.1");
		ScheduleRun run = runToEnd(id);
		assertThat(run.state()).isEqualTo(RunState.OK);
		assertThat(this.runs.guests(run.id()).get(0).pruned()).containsExactly("prune-20250101-030000",
				"prune-20250108-030000");
		assertThat(names(200))
			.contains("before-v6-upgrade", "autoweekly250101030000", "prune-db-20250101-030000",
					"prune-20250115-030000", run.snapshotName())
			.doesNotContain("prune-20250101-030000", "prune-20250108-030000");
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where actor = 'schedule:prune' and kind = 'GUEST_DELSNAPSHOT'"
					+ " and outcome = 'REQUESTED'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	@DisplayName("dead-man: overdue after period plus grace without a good run, cleared by a good run")
	void deadMan() {
		long id = create("deadman", List.of(101), WEEKLY, 4, "deadman-");
		Instant created = this.clock.instant();
		this.clock.advance(Duration.ofDays(8).minusMinutes(1));
		assertThat(this.health.overdue()).isEmpty();
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.health.overdue()).singleElement().satisfies(o -> {
			assertThat(o.lastSuccess()).isNull();
			assertThat(o.expectedBy()).isBetween(created.plus(Duration.ofDays(8)).minusSeconds(3600),
					created.plus(Duration.ofDays(8)).plusSeconds(3600));
		});
		this.schedules.runNow(id, "admin", "127.0.0.1");
		assertThat(runToEnd(id).state()).isEqualTo(RunState.OK);
		assertThat(this.health.overdue()).isEmpty();
	}

	@Test
	@DisplayName("a run left RUNNING by a crash resumes when recent, and is closed honestly when older than the window")
	void crashRecovery() {
		long recent = create("resume", List.of(101), WEEKLY, 4, "resume-");
		long old = create("closed", List.of(102), WEEKLY, 4, "closed-");
		this.schedules.runNow(old, "admin", "127.0.0.1");
		this.clock.advance(Duration.ofHours(13));
		this.schedules.runNow(recent, "admin", "127.0.0.1");
		this.runner.started();
		ScheduleRun closed = this.runs.last(old, false).orElseThrow();
		assertThat(closed.state()).isEqualTo(RunState.FAILED);
		assertThat(closed.note()).contains("down during this run");
		assertThat(guest(old).reason()).contains("not reached");
		assertThat(runToEnd(recent).state()).isEqualTo(RunState.OK);
	}

	private long create(String name, List<Integer> vmids, String cron, int keep, String prefix) {
		return this.schedules.create(form(name, vmids, cron, keep, prefix), "admin", "127.0.0.1");
	}

	private ScheduleRun runToEnd(long id) {
		await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200)).until(() -> {
			this.runner.runDue();
			return this.runs.last(id, false).map(r -> !r.running()).orElse(false);
		});
		return this.runs.last(id, false).orElseThrow();
	}

	private ScheduledGuest guest(long id) {
		return this.runs.guests(this.runs.last(id, false).orElseThrow().id()).get(0);
	}

	private List<String> names(int vmid) {
		GuestType type = (vmid >= 200 && vmid < 9000) ? GuestType.LXC : GuestType.QEMU;
		return this.client.snapshots("pve", type, vmid).snapshots().stream().map(Snapshot::name).toList();
	}

	private void snapshot(int vmid, String name, String description) {
		var upid = this.client.snapshotCreate("pve", GuestType.LXC, vmid, name, description, false);
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.client.taskStatus(upid).running());
	}

}
