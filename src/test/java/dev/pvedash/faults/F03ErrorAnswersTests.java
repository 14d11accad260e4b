package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;

import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.pvedash.support.RawHttp;

/**
 * F3: PVE (or something in its place) answers 500, garbage, nothing at all, or resets the
 * connection. The page names the error in PVE's words, escaped, without a stack trace,
 * over the last good data. GETs are retried at most twice and only where another try can
 * help; a POST is never sent twice.
 */
@DisplayName("F3 PVE answers 500, garbage, nothing, or resets")
class F03ErrorAnswersTests extends FaultSuite {

	@Test
	@DisplayName("F3: a 500 shows PVE's reason as text (escaped), no stack trace, data kept, not retried")
	void serverErrorWithReason() {
		PVE.status("GET", "/cluster/resources", 500, "cluster not ready - no quorum? <b>x</b>");
		failingCycles();
		Document overview = page("/");
		assertThat(alerts(overview)).contains("Proxmox VE reported an error (500).")
			.contains("cluster not ready - no quorum? <b>x</b>");
		assertThat(overview.select(".alert b")).isEmpty();
		assertThat(overview.text()).doesNotContain("Exception").doesNotContain("at dev.pvedash");
		assertThat(page("/guests").select("tbody tr")).hasSize(7);
		assertThat(PVE.take()).as("one request a cycle, no retry within it")
			.containsExactly("GET /cluster/resources", "GET /cluster/resources");
	}

	@Test
	@DisplayName("F3: garbage instead of PVE's JSON envelope is 'answered something unexpected', not retried")
	void garbage() {
		PVE.answer("GET", "/cluster/resources",
				request -> new MockResponse.Builder().setHeader("Content-Type", "text/html")
					.body("<html><body>Captive portal: please log in</body></html>")
					.build());
		failingCycles();
		assertThat(alerts(page("/"))).contains("Proxmox VE answered something unexpected.");
		assertThat(page("/guests").select("tbody tr")).hasSize(7);
		assertThat(PVE.take()).as("one request a cycle, no retry within it")
			.containsExactly("GET /cluster/resources", "GET /cluster/resources");
	}

	@Test
	@DisplayName("F3: a connection closed without an answer is retried at most twice, then shown, data kept")
	void emptyResponse() {
		PVE.answer("GET", "/cluster/resources",
				request -> new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
		failingCycles();
		assertThat(page("/").select(".endpoint-state .alert-error")).isNotEmpty();
		assertThat(page("/guests").select("tbody tr")).hasSize(7);
		assertThat(PVE.take()).as("at most two retries in each of the two cycles")
			.hasSizeBetween(2, 6)
			.containsOnly("GET /cluster/resources");
	}

	@Test
	@DisplayName("F3: a POST answered 500 is sent once; the task page shows PVE's words")
	void actionRefusedWithServerError() {
		guestIs(103, "stopped");
		PVE.status("POST", "/nodes/pve/qemu/103/status/start", 500, "start failed: QEMU exited with code 1");
		Document task = taskPage(post("/guests/103/start"));
		assertThat(task.text()).contains("start failed: QEMU exited with code 1");
		assertThat(lastAction(103)[0]).isEqualTo("FAILED");
		assertThat(posts(PVE.take())).containsExactly("POST /nodes/pve/qemu/103/status/start");
	}

	@Test
	@DisplayName("F3: a POST whose connection is reset is never re-sent; the outcome is unknown and said so")
	void actionResetIsNotResent() {
		guestIs(103, "stopped");
		PVE.answer("POST", "/nodes/pve/qemu/103/status/start",
				request -> new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
		RawHttp.Response answer = post("/guests/103/start");
		Document task = taskPage(answer);
		assertThat(lastAction(103)[0]).isEqualTo("UNKNOWN");
		assertThat(task.text()).contains("not re-sent");
		assertThat(posts(PVE.take())).containsExactly("POST /nodes/pve/qemu/103/status/start");
	}

}
