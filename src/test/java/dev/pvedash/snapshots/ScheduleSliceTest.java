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
import dev.pvedash.support.AllModulesWebMvcTest;

/**
 * The web slice (with the real client against a fast simulator) and a clock the tests move. The runner's own
 * tick is slowed to an hour so only the tests call {@code runDue()}; the guests module's follower still reads
 * the simulator's tasks every 1.5 s of real time.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AllModulesWebMvcTest
@Import(ScheduleSliceTest.SliceConfiguration.class)
@TestPropertySource(properties = "pvedash.schedules.tick=1h")
@interface ScheduleSliceTest {

	/**
	 * Not annotated, so the slice's package scan (which covers dev.pvedash.snapshots) does not add it to every
	 * other web test; only {@code @Import} brings it in. The simulator and its client come from
	 * GuestActionSlice's configuration, which the slice's scan of dev.pvedash.guests already adds.
	 */
	class SliceConfiguration {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		}

	}

}
