package dev.pvedash.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.pvedash.proxmox.ExitStatus;
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.proxmox.GuestType;
import dev.pvedash.proxmox.TaskEntry;
import dev.pvedash.proxmox.Upid;
import dev.pvedash.system.UtcColumns;

/** The V3 tables as Flyway creates them on the real H2 file database. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ InventoryReader.class, InventoryWriter.class, InventoryVersion.class })
class InventoryRepositoryTests {

	static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

	@Autowired
	InventoryReader reader;

	@Autowired
	InventoryWriter writer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void neverReadUntilTheFirstGoodCycleAndFailuresAreRecorded() {
		assertThat(this.reader.endpoint(false, java.util.List.of()).neverRead()).isTrue();
		this.writer.failed(T0, Duration.ofSeconds(20), "CONNECTION", "Connection refused");
		EndpointState endpoint = this.reader.endpoint(true, java.util.List.of());
		assertThat(endpoint.errorKind()).isEqualTo("CONNECTION");
		assertThat(endpoint.lastAttemptAt()).isEqualTo(T0);
		assertThat(endpoint.interval()).isEqualTo(Duration.ofSeconds(20));
		assertThat(endpoint.demo()).isTrue();
		assertThat(this.reader.guests()).isEmpty();
	}

	@Test
	void tasksNewestFirstPerGuestAndRetainedPerNode() {
		RowWriter rows = new RowWriter(this.jdbc);
		rows.task(task("qmstart", 101, T0.minusSeconds(60), "OK"));
		rows.task(task("qmsnapshot", 101, T0.minusSeconds(30), "WARNINGS: 2"));
		rows.task(task("vzdump", 101, T0.minus(Duration.ofDays(8)), "OK"));
		rows.task(task("qmstop", 102, T0.minusSeconds(10), "command failed"));
		rows.task(task("qmsnapshot", 101, T0.minusSeconds(30), "OK")); // same UPID read
																		// again: merged
		rows.retainTasks(T0);
		assertThat(this.reader.recentTasks(101, 10)).extracting(TaskView::type, TaskView::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("qmsnapshot", TaskState.OK),
					org.assertj.core.groups.Tuple.tuple("qmstart", TaskState.OK));
		assertThat(this.reader.recentTasks(101, 1)).hasSize(1);
		assertThat(this.reader.recentTasks(102, 10)).singleElement()
			.satisfies((t) -> assertThat(t.status()).isEqualTo(TaskState.FAILED));
	}

	@Test
	void guestRowsKeepPvesWordsAndReadBackTyped() {
		insertGuest(101, "qemu", "running", null);
		insertGuest(102, "qemu", "stopped", "suspended");
		insertGuest(200, "lxc", "paused", null);
		assertThat(this.reader.guests()).extracting(GuestView::vmid, GuestView::type, GuestView::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(101, GuestType.QEMU, GuestState.RUNNING),
					org.assertj.core.groups.Tuple.tuple(102, GuestType.QEMU, GuestState.SUSPENDED_TO_DISK),
					org.assertj.core.groups.Tuple.tuple(200, GuestType.LXC, GuestState.PAUSED));
		this.writer.guestStatus(200, GuestState.IO_ERROR, null, null, null, null, T0);
		assertThat(this.jdbc.sql("select status from poll_guest where vmid = 200").query(String.class).single())
			.isEqualTo("paused");
	}

	private void insertGuest(int vmid, String type, String status, String lock) {
		this.jdbc.sql("""
				insert into poll_guest (vmid, type, node, status, lock_name, template, as_of)
				values (?, ?, 'pve', ?, ?, false, ?)""").params(vmid, type, status, lock, UtcColumns.utc(T0)).update();
	}

	static TaskEntry task(String type, int vmid, Instant started, String exit) {
		Upid upid = new Upid("pve", 1234, 5678, started, type, String.valueOf(vmid), "root@pam");
		return new TaskEntry(upid, started.plusSeconds(5), false, new ExitStatus(exit), null);
	}

}
