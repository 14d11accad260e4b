package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.pvedash.support.RawHttp;

/**
 * F2, actions: an action POST never holds the browser's request while PVE is slow to
 * answer. The call goes on in the background; when PVE does answer, the task is followed
 * like any other and ends with PVE's real outcome, not "outcome unknown". The proxy holds
 * PVE's answer until the browser has had its own.
 */
@DisplayName("F2 PVE slow to answer an action: the POST returns, the call goes on in the background")
class F02HangingActionTests extends FaultSuite {

	@Test
	@DisplayName("F2: the action POST answers while PVE still holds the request; the task then ends OK, sent once")
	void slowActionContinuesInTheBackground() throws Exception {
		guestIs(103, "stopped");
		CountDownLatch pveAnswers = new CountDownLatch(1);
		PVE.hold("POST", "/nodes/pve/qemu/103/status/start", pveAnswers);
		try {
			CompletableFuture<RawHttp.Response> click = CompletableFuture.supplyAsync(() -> post("/guests/103/start"));
			RawHttp.Response answer = click.get(10, TimeUnit.SECONDS);
			assertThat(pveAnswers.getCount()).as("PVE had not answered yet").isEqualTo(1);
			assertThat(answer.status()).isEqualTo(302);
			assertThat(answer.header("Location")).contains("/tasks/");
		}
		finally {
			pveAnswers.countDown();
		}
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> lastAction(103)[0].equals("OK"));
		assertThat(posts(PVE.take())).containsExactly("POST /nodes/pve/qemu/103/status/start");
	}

}
