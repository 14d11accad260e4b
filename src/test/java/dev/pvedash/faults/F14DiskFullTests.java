package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.pvedash.support.RawHttp;

/**
 * F14: the disk is full, every database write fails (the DataSource is wrapped). An
 * action whose record cannot be written is refused before PVE is called; the poller
 * survives its failed writes; when space is back, the next cycle stores again, no
 * restart. (F14DiskFullPagesTests: pages while writes fail.)
 */
@DisplayName("F14 database writes fail (disk full)")
class F14DiskFullTests extends FaultSuite {

	@Test
	@DisplayName("F14: the action is refused (503, nothing sent); the poller survives; recovery without restart")
	void failsClosedAndRecovers() {
		guestIs(103, "stopped");
		String token = csrf();
		DISK_FULL.on();
		RawHttp.Response answer = postWith(token, "/guests/103/start");
		assertThat(answer.status()).isEqualTo(503);
		assertThat(answer.body()).contains("nothing was sent to Proxmox VE");
		CLOCK.advance(Duration.ofSeconds(30));
		cycle(); // reads PVE, cannot store: must not take the app down
		assertThat(posts(PVE.take())).isEmpty();
		DISK_FULL.off();
		cycle();
		Document overview = page("/");
		assertThat(overview.select(".as-of time").attr("datetime")).isEqualTo(CLOCK.instant().toString());
		assertThat(overview.select(".as-of .badge-warn")).isEmpty();
	}

}
