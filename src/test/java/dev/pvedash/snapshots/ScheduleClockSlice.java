package dev.pvedash.snapshots;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

import dev.pvedash.support.MutableClock;

/**
 * This module's web slice ({@link SnapshotSlice}) with a clock the tests move, for the
 * schedules. The runner's own tick is slowed to an hour so only the tests call
 * {@code runDue()}; the guests module's follower still reads the simulator's tasks every
 * 1.5 s of real time.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SnapshotSlice
@Import(ScheduleClockSlice.MovingClock.class)
@TestPropertySource(properties = "pvedash.schedules.tick=1h")
@interface ScheduleClockSlice {

	/** Not annotated: only {@code @Import} brings it in. */
	class MovingClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		}

	}

}
