package dev.pvedash.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.pvedash.proxmox.ProxmoxConnection;

/**
 * The values every page's layout reads: one "now", and whether the page shows the
 * simulator.
 */
class LayoutModelAdviceTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

	@Test
	@DisplayName("\"now\" is the app's clock")
	void nowIsTheClock() {
		assertThat(new LayoutModelAdvice(CLOCK, connection(true, false)).now()).isEqualTo(CLOCK.instant());
	}

	@Test
	@DisplayName("the demo banner shows only when the configured endpoint is the simulator")
	void demoOnlyForTheSimulator() {
		assertThat(new LayoutModelAdvice(CLOCK, connection(true, true)).demo()).isTrue();
		assertThat(new LayoutModelAdvice(CLOCK, connection(true, false)).demo()).isFalse();
		assertThat(new LayoutModelAdvice(CLOCK, connection(false, false)).demo()).isFalse();
	}

	private static ProxmoxConnection connection(boolean configured, boolean demo) {
		ProxmoxConnection connection = mock(ProxmoxConnection.class);
		given(connection.configured()).willReturn(configured);
		given(connection.demo()).willReturn(demo);
		return connection;
	}

}
