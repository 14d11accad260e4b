package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.pvedash.proxmox.HeldActions;
import dev.pvedash.support.FakeInventory;

/**
 * Two clicks on one guest where the first claim is slow to commit (a busy disk): the
 * second waits for it and joins its task instead of answering "busy" (docs/security.md,
 * F8; docs/actions.md, step "Claim and audit").
 */
@GuestActionSlice
class ClaimRaceTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FakeInventory inventory;

	@Autowired
	GuestActionSlice.FailingAudit audit;

	@Autowired
	HeldActions held;

	@Test
	@DisplayName("F8: a click while the first click's claim is still being written joins that action")
	void secondClickWaitsForTheFirstClaim() throws Exception {
		InventoryGuests.put(this.inventory, InventoryGuests.guest(206, "qemu", "race-vm", "stopped", null));
		CountDownLatch written = new CountDownLatch(1);
		AtomicReference<Thread> secondThread = new AtomicReference<>();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		this.held.hold(); // the first action stays in flight until the test ends
		this.audit.slow.set(written);
		try {
			Future<MvcTestResult> first = pool.submit(this::start);
			await().atMost(Duration.ofSeconds(20)).untilTrue(this.audit.writing);
			Future<MvcTestResult> second = pool.submit(() -> {
				secondThread.set(Thread.currentThread());
				return start();
			});
			// the second click either already answered (the race lost) or waits its turn
			await().atMost(Duration.ofSeconds(20))
				.until(() -> second.isDone()
						|| (secondThread.get() != null && secondThread.get().getState() == Thread.State.BLOCKED));
			this.audit.slow.set(null);
			written.countDown();
			assertThat(ActionClicks.taskElement(second.get())).isEqualTo(ActionClicks.taskElement(first.get()));
		}
		finally {
			this.audit.slow.set(null);
			this.audit.writing.set(false);
			written.countDown();
			this.held.release();
			pool.shutdownNow();
		}
	}

	private MvcTestResult start() {
		return ActionClicks.click(this.mvc, 206, "start");
	}

}
