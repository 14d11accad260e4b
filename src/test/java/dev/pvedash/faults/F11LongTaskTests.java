package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import mockwebserver3.MockResponse;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.pvedash.support.RawHttp;

/**
 * F11: a long PVE task (the fake task status stays "running", as for a snapshot with
 * RAM). The POST returns with the task at once; the page shows it running, never as
 * failed; other actions on the guest are held until it ends; when PVE reports it stopped,
 * the page says so. Only one action is ever sent.
 */
@DisplayName("F11 long task")
class F11LongTaskTests extends FaultSuite {

	@Test
	@DisplayName("F11: running task shown as running; a second action joins it; sent once; ends when PVE says so")
	void longTask() {
		guestIs(103, "stopped");
		PVE.answer("GET", "/nodes/pve/tasks/[^/]+/status", request -> new MockResponse.Builder()
			.setHeader("Content-Type", "application/json;charset=UTF-8")
			.body("{\"data\":{\"status\":\"running\",\"upid\":\"" + upid(request.getUrl().encodedPath())
					+ "\",\"node\":\"pve\","
					+ "\"type\":\"qmstart\",\"id\":\"103\",\"user\":\"pvedash@pve!demo\",\"pid\":1,\"pstart\":1,\"starttime\":1}}")
			.build());
		RawHttp.Response started = post("/guests/103/start");
		String task = started.header("Location");
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> PVE.seen().stream().anyMatch(r -> r.startsWith("GET /nodes/pve/tasks/")));
		Document running = taskPage(started);
		assertThat(running.select("div.task").text()).containsIgnoringCase("running")
			.doesNotContainIgnoringCase("failed");
		RawHttp.Response again = post("/guests/103/stop");
		assertThat(again.header("Location")).isEqualTo(task);
		assertThat(posts(PVE.take())).containsExactly("POST /nodes/pve/qemu/103/status/start");
		PVE.reset(); // PVE now reports the real, finished task
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> lastAction(103)[0].equals("OK"));
		assertThat(page(URI.create(task).getPath()).select("div.task").text()).doesNotContainIgnoringCase("running");
		assertThat(posts(PVE.take())).isEmpty();
	}

	private static String upid(String path) {
		String tail = path.substring("/api2/json/nodes/pve/tasks/".length());
		return URLDecoder.decode(tail.substring(0, tail.indexOf('/')), StandardCharsets.UTF_8);
	}

}
