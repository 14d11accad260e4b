package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.support.FakeInventory;

/**
 * One action in flight per guest, decided by the database (docs/security.md F8, F9; row
 * 25).
 */
@GuestActionSlice
class OneActionInFlightTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FakeInventory inventory;

	@Autowired
	ProxmoxClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GuestActionSlice.FailingAudit audit;

	@Test
	@DisplayName("F8: two users click Start together: one request reaches PVE, both see the same task")
	void simultaneousClicks() throws Exception {
		InventoryGuests.put(this.inventory, InventoryGuests.guest(103, "qemu", "win11-lab", "stopped", null));
		long before = PveTasks.count(this.client, 103, "qmstart");
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<MvcTestResult> click = () -> {
				go.await();
				return ActionClicks.click(this.mvc, 103, "start");
			};
			List<Future<MvcTestResult>> answers = List.of(pool.submit(click), pool.submit(click));
			go.countDown();
			String first = taskId(answers.get(0).get());
			String second = taskId(answers.get(1).get());
			assertThat(first).isEqualTo(second);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(PveTasks.count(this.client, 103, "qmstart")).isEqualTo(before + 1);
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where kind = 'GUEST_START' and outcome = 'REQUESTED'"
					+ " and target like '103 %'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	@DisplayName("F9: a resent form while the first is still being sent answers with that action, sends nothing")
	void resentForm() throws Exception {
		InventoryGuests.put(this.inventory, InventoryGuests.guest(202, "lxc", "scratch", "stopped", null));
		this.jdbc.sql("""
				insert into guest_action (vmid, node, guest_type, guest_name, action, actor, requested_at, state,
				    in_flight_vmid)
				values (202, 'pve', 'lxc', 'scratch', 'start', 'bob', current_timestamp, 'CLAIMED', 202)""").update();
		long id = this.jdbc.sql("select id from guest_action where in_flight_vmid = 202").query(Long.class).single();
		long before = PveTasks.count(this.client, 202);
		MvcTestResult again = ActionClicks.click(this.mvc, 202, "start");
		assertThat(again).hasStatusOk();
		assertThat(taskId(again)).isEqualTo("task-" + id);
		assertThat(PveTasks.count(this.client, 202)).isEqualTo(before);
		this.jdbc.sql("update guest_action set in_flight_vmid = null, state = 'OK' where id = ?").param(id).update();
	}

	@Test
	@DisplayName("F14, row 25: if the audit row cannot be written, nothing is claimed and nothing is sent")
	void auditFailsClosed() throws Exception {
		InventoryGuests.put(this.inventory, InventoryGuests.guest(102, "qemu", "docker-host", "stopped", null));
		long before = PveTasks.count(this.client, 102);
		this.audit.failing.set(true);
		try {
			assertThat(this.mvc.post().uri("/guests/102/start").with(csrf()).with(user("alice").roles("OPERATOR")))
				.hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
				.bodyText()
				.contains("nothing was sent to Proxmox VE");
		}
		finally {
			this.audit.failing.set(false);
		}
		assertThat(PveTasks.count(this.client, 102)).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from guest_action where vmid = 102").query(Long.class).single())
			.isZero();
		await().during(Duration.ofMillis(300))
			.atMost(Duration.ofSeconds(2))
			.until(() -> PveTasks.count(this.client, 102) == before);
	}

	private static String taskId(MvcTestResult result) {
		return ActionClicks.taskElement(result);
	}

}
