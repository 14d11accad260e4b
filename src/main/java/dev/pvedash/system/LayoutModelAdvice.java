package dev.pvedash.system;

import java.time.Clock;
import java.time.Instant;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Layout-wide model values: the one "now" every staleness check on a page is measured against. */
@ControllerAdvice
class LayoutModelAdvice {

	private final Clock clock;

	LayoutModelAdvice(Clock clock) {
		this.clock = clock;
	}

	@ModelAttribute("now")
	Instant now() {
		return this.clock.instant();
	}

}
