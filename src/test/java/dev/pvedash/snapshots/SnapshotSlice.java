package dev.pvedash.snapshots;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

import dev.pvedash.guests.GuestActionSlice;
import dev.pvedash.support.PveDashWebMvcTest;

/**
 * The web slice of this module's pages and actions: the module whole, and the guests
 * module it acts through with its test PVE (a fast simulator and the real client aimed at
 * it, see GuestActionSlice), so actions really reach a PVE and tests can count what did.
 * The slice's connection says "not configured", so the scheduled sync never runs by
 * itself: tests call {@link SnapshotSync#run()} when they want a read.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PveDashWebMvcTest({ SnapshotController.class, SnapshotActionController.class, ScheduleController.class,
		ScheduleRunsController.class })
@Import({ SnapshotSlice.SnapshotsModule.class, GuestActionSlice.GuestsModule.class })
@interface SnapshotSlice {

	/** Every component of this module (its controllers are named by the slice). */
	@TestConfiguration(proxyBeanMethods = false)
	@Import({ HistoryWriter.class, OwnActionListener.class, ScheduleConfiguration.class, ScheduleHealth.class,
			SchedulePruning.class, ScheduleRepository.class, ScheduleRunProgress.class, ScheduleRunRepository.class,
			ScheduleRunStarter.class, ScheduleRunSteps.class, ScheduleViews.class, ScheduledSnapshotRunner.class,
			Schedules.class, SnapshotHistory.class, SnapshotPanel.class, SnapshotRisks.class, SnapshotSync.class,
			SnapshotTargets.class, SnapshotsConfiguration.class, SnapshotsVersion.class, SyncStates.class,
			Timeline.class })
	class SnapshotsModule {

	}

}
