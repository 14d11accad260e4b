package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * F14, reads: while every database write fails, the pages still render what is stored
 * ("reads keep working"). A page view tells the poller someone is looking, which today
 * writes the new interval to H2; that write failing must not turn the page into a 500.
 */
@DisplayName("F14 database writes fail: pages still render")
class F14DiskFullPagesTests extends FaultSuite {

	@Test
	@DisplayName("F14: overview, guest list and guest page answer 200 with the stored data while writes fail")
	void pagesRenderWhileWritesFail() {
		CLOCK.advance(Duration.ofMinutes(5)); // idle: the next page view switches the
												// poller to active
		DISK_FULL.on();
		assertThat(get("/").status()).isEqualTo(200);
		assertThat(page("/guests").select("tbody tr")).hasSize(7);
		assertThat(page("/guests/101").text()).contains("homeassistant");
	}

}
