package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.pvedash.support.RawHttp;

/**
 * F8 and F9 over the real server: two signed-in browsers press Stop on the same guest at
 * the same moment, and one browser sends its form twice. Exactly one POST reaches PVE;
 * every answer points at the same task. (guests/OneActionInFlightTests covers the same in
 * the web slice, including a resend while the first request is still being sent.)
 */
@DisplayName("F8/F9 concurrent stops and double submit")
class F08ConcurrentStopsTests extends FaultSuite {

	@Test
	@DisplayName("F8: two users stop the same guest together: one POST reaches PVE, both land on the same task")
	void twoUsersOneRequest() throws Exception {
		guestIs(201, "running");
		RawHttp other = new RawHttp("127.0.0.7", this.port);
		other.login(ADMIN, PASSWORD);
		String token = page("/").select("meta[name=csrf-token]").attr("content");
		String otherToken = Jsoup.parse(other.get("/").body()).select("meta[name=csrf-token]").attr("content");
		CountDownLatch go = new CountDownLatch(1);
		CompletableFuture<RawHttp.Response> mine = CompletableFuture.supplyAsync(() -> stop(this.browser, token, go));
		CompletableFuture<RawHttp.Response> theirs = CompletableFuture.supplyAsync(() -> stop(other, otherToken, go));
		go.countDown();
		List<String> locations = List.of(mine.get().header("Location"), theirs.get().header("Location"));
		assertThat(locations).allMatch(l -> l != null && l.contains("/tasks/"));
		assertThat(locations.get(0)).isEqualTo(locations.get(1));
		assertThat(posts(PVE.take())).containsExactly("POST /nodes/pve/lxc/201/status/stop");
	}

	@Test
	@DisplayName("F9: the same form sent twice (double click): one POST to PVE, the second lands on the first's task")
	void doubleSubmit() {
		guestIs(201, "running");
		String first = post("/guests/201/stop").header("Location");
		String second = post("/guests/201/stop").header("Location");
		assertThat(posts(PVE.take())).containsExactly("POST /nodes/pve/lxc/201/status/stop");
		assertThat(second).satisfiesAnyOf(s -> assertThat(s).isEqualTo(first), s -> assertThat(s).isNull());
	}

	private static RawHttp.Response stop(RawHttp browser, String token, CountDownLatch go) {
		try {
			go.await();
			return browser.postForm("/guests/201/stop", Map.of("_csrf", token));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
