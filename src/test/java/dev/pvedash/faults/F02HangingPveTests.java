package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.awaitility.Awaitility;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * F2: PVE accepts the connection and then never answers, or trickles its body. Pages
 * never wait on PVE: they render from H2 while a cycle is stuck; the cycle ends at the
 * read timeout or the overall deadline and is not retried at once (the next cycle is the
 * retry).
 */
@DisplayName("F2 PVE hanging or trickling")
class F02HangingPveTests extends FaultSuite {

	@Test
	@DisplayName("F2: pages answer from the stored data while a cycle hangs; then 'did not answer in time', one request")
	void pagesDoNotWaitOnAHangingPve() throws Exception {
		PVE.answer("GET", "/cluster/resources",
				request -> new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
		CompletableFuture<Void> stuck = CompletableFuture.runAsync(this::cycle);
		await(() -> PVE.seen().contains("GET /cluster/resources"));
		Document guests = page("/guests");
		assertThat(stuck).as("the page answered while the cycle was still waiting on PVE").isNotDone();
		assertThat(guests.select("tbody tr")).hasSize(7);
		stuck.get(30, TimeUnit.SECONDS);
		assertThat(alerts(page("/"))).contains("retrying");
		CompletableFuture.runAsync(this::cycle).get(30, TimeUnit.SECONDS);
		assertThat(alerts(page("/"))).contains("Proxmox VE did not answer in time.");
		assertThat(PVE.take()).as("one request a cycle, no retry within it")
			.containsExactly("GET /cluster/resources", "GET /cluster/resources");
	}

	@Test
	@DisplayName("F2: a body trickled a byte at a time is cut off by the overall deadline, not read for ever")
	void trickledBodyIsCutOff() throws Exception {
		String body = "{\"data\":[" + "{\"type\":\"node\",\"node\":\"pve\"},".repeat(400) + "]}";
		PVE.answer("GET", "/cluster/resources",
				request -> new MockResponse.Builder().setHeader("Content-Type", "application/json;charset=UTF-8")
					.body(body)
					.throttleBody(1, 200, TimeUnit.MILLISECONDS)
					.build());
		CompletableFuture.runAsync(this::failingCycles).get(60, TimeUnit.SECONDS);
		assertThat(alerts(page("/"))).contains("Proxmox VE did not answer in time.");
		assertThat(page("/guests").select("tbody tr")).hasSize(7);
		assertThat(PVE.take()).as("one request a cycle, no retry within it")
			.containsExactly("GET /cluster/resources", "GET /cluster/resources");
	}

	private static void await(Callable<Boolean> condition) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(condition);
	}

}
