package dev.pvedash.users;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import dev.pvedash.support.MutableClock;

/**
 * A clock the two-factor tests move (code steps, throttle windows, the 5-minute
 * re-authentication). Not annotated, so no scan adds it to a web test; the classes that
 * need it {@code @Import} it, and share one context between them.
 */
class TwoFactorTestClock {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
	}

}
