package dev.pvedash.system;

import java.time.Clock;
import java.time.Instant;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.pvedash.proxmox.ProxmoxConnection;

/**
 * Layout-wide model values: the one "now" every staleness check on a page is measured
 * against, and whether the page shows the simulator, so the layout can say "Demo"
 * plainly.
 */
@ControllerAdvice
class LayoutModelAdvice {

	private final Clock clock;

	private final ProxmoxConnection connection;

	LayoutModelAdvice(Clock clock, ProxmoxConnection connection) {
		this.clock = clock;
		this.connection = connection;
	}

	@ModelAttribute("now")
	Instant now() {
		return this.clock.instant();
	}

	@ModelAttribute("proxmoxDemo")
	boolean demo() {
		return this.connection.configured() && this.connection.demo();
	}

}
